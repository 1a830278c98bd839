import type { Article } from '@/lib/content/schema'
import { routes } from '@/lib/routes'

/** A list of articles, title and one-line description. */
export function ArticleList({ articles, headingLevel = 'h3' }: { articles: Article[]; headingLevel?: 'h2' | 'h3' }) {
  const Heading = headingLevel
  return (
    <ul className="space-y-4">
      {articles.map((article) => (
        <li key={article.slug}>
          <Heading className="font-semibold">
            <a href={routes.article(article.slug)}>{article.title}</a>
          </Heading>
          <p className="text-sm">{article.description}</p>
        </li>
      ))}
    </ul>
  )
}
