import { getAllArticles } from '@/lib/content/queries'
import { buildAtomFeed } from '@/lib/feed'
import { site } from '@/lib/site'

export const dynamic = 'force-static'

export function GET() {
  return new Response(buildAtomFeed({ siteUrl: site.url, siteName: site.name, articles: getAllArticles() }), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  })
}
