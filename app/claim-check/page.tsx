import type { Metadata } from 'next'
import { PrintHeader } from '@/components/layout/print-header'
import { getContent } from '@/lib/content/content'
import { pageMetadata } from '@/lib/page-metadata'
import { routes } from '@/lib/routes'
import { ClaimCheckList } from '@/components/claim-check/claim-check-list'
import { SourceList } from '@/components/citations/source-list'
import { citePage } from '@/lib/citations/cite-page'
import { markdownBlocks } from '@/lib/content/content-types'
import { getAllClaimChecks } from '@/lib/content/queries'
import { latestDate } from '@/lib/format-date'

export const metadata: Metadata = pageMetadata({
  title: 'Claim check: what treatment websites say about IOPs',
  description: 'Common claims on treatment-center websites about intensive outpatient programs, checked against the evidence.',
  path: routes.claimCheck(),
})

export default function ClaimCheckPage() {
  const content = getContent()
  const checks = getAllClaimChecks(content)
  const cited = citePage(content, markdownBlocks('ClaimCheck', checks))
  return (
    <>
      <PrintHeader path={routes.claimCheck()} lastReviewed={latestDate(checks.map((c) => c.lastReviewed))} />
      <h1 className="text-3xl font-bold">Claim check</h1>
      <p className="mt-2 mb-8">
        Treatment-center websites often make claims about IOPs with no source. Here are {checks.length} common ones, in our own words, each
        checked against the research. We do not name any center.
      </p>
      <ClaimCheckList checks={checks} cited={cited} />
      <SourceList entries={cited.entries} targets={cited.targets} />
    </>
  )
}
