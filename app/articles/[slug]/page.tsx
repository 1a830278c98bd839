import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArticleView } from '@/components/article/article-view'
import { getAllArticles, getArticleBySlug, getRelatedArticles } from '@/lib/content/queries'
import { citePage } from '@/lib/citations/cite-page'

type Props = { params: Promise<{ slug: string }> }

export const dynamicParams = false
export const generateStaticParams = () => getAllArticles().map(({ slug }) => ({ slug }))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticleBySlug((await params).slug)
  return article ? { title: article.title, description: article.description } : {}
}

export default async function ArticlePage({ params }: Props) {
  const article = getArticleBySlug((await params).slug)
  if (!article) notFound()
  const next = article.next ? getArticleBySlug(article.next) : undefined
  return <ArticleView article={article} cited={citePage([article.body], { linkTerms: true })} related={getRelatedArticles(article)} next={next} />
}
