import type { Metadata } from 'next'
import { SourceList } from '@/components/citations/source-list'
import { CareCard } from '@/components/help/care-card'
import { PrintHeader } from '@/components/layout/print-header'
import { PageBlock } from '@/components/markdown/page-block'
import { citePage } from '@/lib/citations/cite-page'
import { getContent } from '@/lib/content/content'
import { blockName, markdownBlocks } from '@/lib/content/content-types'
import { getPage } from '@/lib/content/queries'
import { pageMetadata } from '@/lib/page-metadata'
import { routes } from '@/lib/routes'

export function generateMetadata(): Metadata {
  const page = getPage(getContent(), 'get-help')
  return pageMetadata({ title: page.title, description: page.description, path: routes.getHelp() })
}

export default function GetHelpPage() {
  const content = getContent()
  const page = getPage(content, 'get-help')
  // In reading order: the care cards come before the body, so their citations are numbered first.
  const { [blockName(page.id, 'body')]: body, ...cards } = markdownBlocks('Page', [page])
  const cited = citePage(content, { ...cards, [blockName(page.id, 'body')]: body }, { linkTerms: true })
  return (
    <article data-pagefind-body>
      <PrintHeader path={routes.getHelp()} lastReviewed={page.lastReviewed} />
      <h1 className="text-3xl font-bold">{page.title}</h1>
      <div className="mt-4 space-y-3">
        <CareCard level="emergency">
          <PageBlock page={page} block="blocks.emergency" cited={cited} />
        </CareCard>
        <CareCard level="urgent">
          <PageBlock page={page} block="blocks.urgent" cited={cited} />
        </CareCard>
        <CareCard level="non-urgent">
          <PageBlock page={page} block="blocks.non-urgent" cited={cited} />
        </CareCard>
      </div>
      <div className="prose mt-8 max-w-none prose-a:text-link">
        <PageBlock page={page} block="body" cited={cited} />
      </div>
      <SourceList entries={cited.entries} targets={cited.targets} />
    </article>
  )
}
