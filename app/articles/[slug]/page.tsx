import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArticleView } from '@/components/article/article-view'
import { RedirectNotice } from '@/components/layout/redirect-notice'
import { citePage } from '@/lib/citations/cite-page'
import { ARTICLE_OPENING, ARTICLE_REST } from '@/components/article/article-view'
import { markdownBlocks } from '@/lib/content/content-types'
import { sectionHeadings } from '@/lib/markdown/heading-ids'
import { parseMarkdown } from '@/lib/markdown/parse-markdown'
import { splitBeforeSection } from '@/lib/markdown/split-sections'
import { getArticleAddresses, getArticleBySlug, getPage, getRelatedArticles, resolveArticleAddress } from '@/lib/content/queries'
import { getContent } from '@/lib/content/content'
import { pageMetadata } from '@/lib/page-metadata'
import { routes } from '@/lib/routes'

type Props = { params: Promise<{ slug: string }> }

export const dynamicParams = false
export const generateStaticParams = () => getArticleAddresses(getContent()).map((slug) => ({ slug }))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const content = getContent()
  const address = resolveArticleAddress(content, (await params).slug)
  if (!address) return {}
  const { article, isRedirect } = address
  if (isRedirect)
    return { title: `Moved: ${article.title}`, alternates: { canonical: routes.article(article.slug) }, robots: { index: false } }
  return pageMetadata({ title: article.title, description: article.description, path: routes.article(article.slug), type: 'article' })
}

export default async function ArticlePage({ params }: Props) {
  const content = getContent()
  const address = resolveArticleAddress(content, (await params).slug)
  if (!address) notFound()
  const { article, isRedirect } = address
  if (isRedirect) return <RedirectNotice to={routes.article(article.slug)} title={article.title} />
  const next = article.next ? getArticleBySlug(content, article.next) : undefined
  // The help box sits after the first section (the short answer), so its citations are numbered in that place.
  const [opening, rest] = splitBeforeSection(article.body, 2)
  const helpBox = getPage(content, 'help-box')
  const blocks = { [ARTICLE_OPENING]: opening, ...markdownBlocks('Page', [helpBox]), [ARTICLE_REST]: rest }
  return (
    <ArticleView
      article={article}
      helpBox={helpBox}
      cited={citePage(content, blocks, { linkTerms: true })}
      related={getRelatedArticles(content, article)}
      next={next}
      sections={sectionHeadings(parseMarkdown(rest))}
    />
  )
}
