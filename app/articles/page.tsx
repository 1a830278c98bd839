import type { Metadata } from 'next'
import { ArticleList } from '@/components/article/article-list'
import { getArticlesGroupedByTopic } from '@/lib/content/queries'

export const metadata: Metadata = {
  title: 'Articles',
  description: 'Questions people ask about intensive outpatient programs, answered with the evidence.',
}

export default function ArticlesPage() {
  return (
    <>
      <h1 className="text-3xl font-bold">Articles</h1>
      <p className="mt-2">
        Each article answers one question people ask about intensive outpatient programs (IOPs), with the source and strength of evidence
        for every claim.
      </p>
      {getArticlesGroupedByTopic().map(({ topic, label, articles }) => (
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
