import type { Metadata } from 'next'
import { PrintHeader } from '@/components/layout/print-header'
import { getContent } from '@/lib/content/content'
import { pageMetadata } from '@/lib/page-metadata'
import { routes } from '@/lib/routes'
import { ClaimFilters } from '@/components/claims/claim-filters'
import { ClaimSummary } from '@/components/claims/claim-summary'
import { getAllClaims, getClaimFilterOptions } from '@/lib/content/queries'
import { latestDate } from '@/lib/format-date'

export const metadata: Metadata = pageMetadata({
  title: 'Evidence: every claim we make',
  description: 'Every claim on this site, with how strong its evidence is and where it comes from.',
  path: routes.claims(),
})

export default function ClaimsPage() {
  const content = getContent()
  const claims = getAllClaims(content)
  const { grades, topics } = getClaimFilterOptions(content)
  return (
    <>
      <PrintHeader path={routes.claims()} lastReviewed={latestDate(claims.map((c) => c.lastReviewed))} />
      <h1 className="text-3xl font-bold">Every claim we make</h1>
      <p className="mt-2 mb-6">
        Each statement on this site rests on one of these claims. Open a claim to see its sources, how strong the evidence is, and its
        limits.
      </p>
      <ClaimFilters grades={grades} topics={topics} total={claims.length}>
        <ul className="space-y-3">
          {claims.map((claim) => (
            <ClaimSummary key={claim.id} claim={claim} />
          ))}
        </ul>
      </ClaimFilters>
    </>
  )
}
