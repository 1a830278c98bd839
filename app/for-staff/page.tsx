import type { Metadata } from 'next'
import { ArticleList } from '@/components/article/article-list'
import { HandoutList } from '@/components/handouts/handout-list'
import { PrintHeader } from '@/components/layout/print-header'
import { PageBlock } from '@/components/markdown/page-block'
import { citePage } from '@/lib/citations/cite-page'
import { getContent } from '@/lib/content/content'
import { markdownBlocks } from '@/lib/content/content-types'
import { getHandoutArticles, getHandouts, getPage, titleOfAddress } from '@/lib/content/queries'
import { pageMetadata } from '@/lib/page-metadata'
import { routes } from '@/lib/routes'

export function generateMetadata(): Metadata {
  const page = getPage(getContent(), 'for-staff')
  return pageMetadata({ title: `${page.title}: handouts, links and printing`, description: page.description, path: routes.forStaff() })
}

export default function ForStaffPage() {
  const content = getContent()
  const page = getPage(content, 'for-staff')
  const cited = citePage(content, markdownBlocks('Page', [page]))
  return (
    <div className="prose max-w-none prose-a:text-link">
      <PrintHeader path={routes.forStaff()} />
      <h1>{page.title}</h1>
      <PageBlock page={page} block="body" cited={cited} />
      <HandoutList handouts={getHandouts(content)} fullPageTitle={(href) => titleOfAddress(content, href)} />
      <PageBlock page={page} block="blocks.articles" cited={cited} />
      <ArticleList articles={getHandoutArticles(content)} />
      <PageBlock page={page} block="blocks.tools" cited={cited} />
    </div>
  )
}
