import type { Metadata } from 'next'
import { ClaimFilters } from '@/components/claims/claim-filters'
import { ClaimSummary } from '@/components/claims/claim-summary'
import { getAllClaims, getClaimFilterOptions } from '@/lib/content/queries'

export const metadata: Metadata = {
  title: 'Evidence: every claim we make',
  description: 'Every claim on this site, with how strong its evidence is and where it comes from.',
}

export default function ClaimsPage() {
  const claims = getAllClaims()
  const { grades, topics } = getClaimFilterOptions()
  return (
    <>
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
