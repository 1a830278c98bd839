import type { CitationTarget } from '@/lib/citations/resolve-citation'
import { GRADE_MEANINGS, CLAIM_KIND_LABELS } from '@/lib/citations/evidence-labels'
import { routes } from '@/lib/routes'
import { site } from '@/lib/site'
import { EvidenceGrade } from './evidence-grade'
import { SourceReference } from './source-reference'

/**
 * What a citation points at: the claim with its grade and sources, or a source.
 * Shared by the popover and the Sources list; phrasing content only, so it is valid inside a paragraph.
 */
export function CitationDetails({ target, locators = [] }: { target: CitationTarget; locators?: string[] }) {
  if (target.kind === 'source') {
    return (
      <span className="block">
        <SourceReference source={target.source} />
        {locators.length > 0 ? <span className="block text-sm">Cited at: {locators.join('; ')}</span> : null}
      </span>
    )
  }
  const { claim, sources } = target
  return (
    <span className="block space-y-1">
      <span className="block font-semibold">{claim.statement}</span>
      <span className="block">
        {claim.grade ? (
          <>
            <EvidenceGrade grade={claim.grade} />
            <span className="ml-1 text-sm">{GRADE_MEANINGS[claim.grade].meaning}</span>
          </>
        ) : (
          <span className="text-sm">{CLAIM_KIND_LABELS[claim.kind]}</span>
        )}
      </span>
      {sources.map((source) => (
        <span key={source.id} className="block border-l-2 border-rule pl-2">
          <SourceReference source={{ ...source, supports: undefined }} />
        </span>
      ))}
      <span className="no-print block text-sm">
        <a href={routes.claim(claim.id)}>About this claim and its evidence</a>
      </span>
    </span>
  )
}

/**
 * A short form of a citation: the claim, its grade or kind, who and when for each source, and the claim's own page with
 * the full sources. For long lists (handouts that must fit one sheet, /questions/), where the full form would be most of
 * the page.
 */
export function CompactCitation({ target, withStatement = false }: { target: CitationTarget; withStatement?: boolean }) {
  if (target.kind === 'source') return <span className="compact-citation">{target.source.short}.</span>
  const { claim, sources } = target
  const address = `${site.url}${routes.claim(claim.id)}`
  return (
    <span className="compact-citation">
      {withStatement ? <span className="block font-semibold">{claim.statement}</span> : null}
      {claim.grade ? GRADE_MEANINGS[claim.grade].label : CLAIM_KIND_LABELS[claim.kind]}. {sources.map((s) => s.short).join('; ')}.{' '}
      <a href={routes.claim(claim.id)}>{withStatement ? 'The sources and how we graded them' : address}</a>
    </span>
  )
}
