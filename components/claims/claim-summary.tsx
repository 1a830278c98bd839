import { CLAIM_KIND_LABELS } from '@/lib/citations/evidence-labels'
import type { Claim } from '@/lib/content/schema'
import { TOPIC_LABELS } from '@/lib/content/labels'
import { routes } from '@/lib/routes'
import { EvidenceGrade } from '../citations/evidence-grade'

/** One claim in a list: statement (linking to its page), grade or kind, topic. */
export function ClaimSummary({ claim }: { claim: Claim }) {
  return (
    <li data-grade={claim.grade ?? claim.kind} data-topic={claim.topic} className="border-b border-rule pb-3">
      <a href={routes.claim(claim.id)}>{claim.statement}</a>
      <span className="mt-1 block text-sm">
        {claim.grade ? <EvidenceGrade grade={claim.grade} /> : CLAIM_KIND_LABELS[claim.kind]} · {TOPIC_LABELS[claim.topic]}
      </span>
    </li>
  )
}
