import { ImageResponse } from 'next/og'
import { OgCard } from '@/components/og-card'
import { getAllArticles, getArticleBySlug } from '@/lib/content/queries'
import { getContent } from '@/lib/content/content'

export const dynamicParams = false
export const generateStaticParams = () => getAllArticles(getContent()).map(({ slug }) => ({ slug }))
export const alt = 'Article from the IOP Evidence Guide'
export const size = { width: 1200, height: 630 }
export const contentType = 'image/png'

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const content = getContent()
  const article = getArticleBySlug(content, (await params).slug)
  return new ImageResponse(<OgCard kicker="Article" title={article?.title ?? 'IOP Evidence Guide'} />, size)
}
