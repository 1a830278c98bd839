import { getAllArticles } from '@/lib/content/queries'
import { buildAtomFeed } from '@/lib/feed'
import { site } from '@/lib/site'
import { getContent } from '@/lib/content/content'

export const dynamic = 'force-static'

export function GET() {
  const content = getContent()
  return new Response(buildAtomFeed({ siteUrl: site.url, siteName: site.name, articles: getAllArticles(content) }), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  })
}
