import type { Article } from '@/lib/content/schema'
import { AUDIENCE_LABELS } from '@/lib/content/labels'
import { blockName } from '@/lib/content/content-types'
import type { CitedMarkdown } from '@/lib/markdown/prepare-cited-markdown'
import { routes } from '@/lib/routes'
import { formatDate } from '@/lib/format-date'
import { SourceList } from '../citations/source-list'
import { PrintHeader } from '../layout/print-header'
import { MarkdownBody } from '../markdown/markdown-body'
import { ArticleList } from './article-list'
import { ReviewDates } from './review-dates'

/** An article: header with audience and review dates, cited body, what to read next, Sources. */
export function ArticleView({
  article,
  cited,
  related,
  next,
}: {
  article: Article
  cited: CitedMarkdown
  related: Article[]
  next?: Article
}) {
  return (
    <article data-pagefind-body>
      <PrintHeader path={routes.article(article.slug)} lastReviewed={article.lastReviewed} />
      <header className="mb-6 space-y-3">
        <h1 className="text-3xl font-bold">{article.title}</h1>
        <p className="text-lg">{article.description}</p>
        <p className="text-sm">For: {article.audience.map((a) => AUDIENCE_LABELS[a]).join(', ')}</p>
        <ReviewDates {...article} />
        {article.changeNote && article.updated !== article.published ? (
          <p className="rounded border border-rule bg-paper-alt p-3 text-sm">
            <strong>What changed on {formatDate(article.updated)}:</strong> {article.changeNote}
          </p>
        ) : null}
      </header>
      <div className="prose max-w-none prose-a:text-link">
        <MarkdownBody tree={cited.trees[blockName(article.slug, 'body')]} cited={cited} />
      </div>
      {next ? (
        <aside aria-labelledby="next-heading" className="no-print mt-10 rounded border border-rule bg-paper-alt p-4">
          <h2 id="next-heading" className="font-bold">
            The next question people often have
          </h2>
          <p>
            <a href={routes.article(next.slug)}>{next.title}</a>
          </p>
        </aside>
      ) : null}
      {related.length > 0 ? (
        <nav aria-labelledby="related-heading" className="no-print mt-8">
          <h2 id="related-heading" className="mb-3 text-xl font-bold">
            Related articles
          </h2>
          <ArticleList articles={related} />
        </nav>
      ) : null}
      <SourceList entries={cited.entries} targets={cited.targets} />
    </article>
  )
}
