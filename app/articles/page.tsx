import type { Metadata } from 'next'
import { PrintHeader } from '@/components/layout/print-header'
import { getContent } from '@/lib/content/content'
import { pageMetadata } from '@/lib/page-metadata'
import { routes } from '@/lib/routes'
import { ArticleList } from '@/components/article/article-list'
import { getAllArticles, getArticlesGroupedByTopic } from '@/lib/content/queries'
import { latestDate } from '@/lib/format-date'

export const metadata: Metadata = pageMetadata({
  title: 'Articles',
  description: 'Questions people ask about intensive outpatient programs, answered with the evidence.',
  path: routes.articles(),
})

export default function ArticlesPage() {
  const content = getContent()
  return (
    <>
      <PrintHeader path={routes.articles()} lastReviewed={latestDate(getAllArticles(content).map((a) => a.lastReviewed))} />
      <h1 className="text-3xl font-bold">Articles</h1>
      <p className="mt-2">
        Each article answers one question people ask about intensive outpatient programs (IOPs), with the source and strength of evidence
        for every claim.
      </p>
      {getArticlesGroupedByTopic(content).map(({ topic, label, articles }) => (
        <section key={topic} aria-labelledby={`topic-${topic}`} className="mt-8">
          <h2 id={`topic-${topic}`} className="mb-3 text-xl font-bold">
            {label}
          </h2>
          <ArticleList articles={articles} />
        </section>
      ))}
    </>
  )
}
