import type { ContentGraph } from '../content/graph'
import { getClaimById, getSourceById } from '../content/queries'
import type { Claim, Source } from '../content/schema'
import { DESIGN_LABELS } from './evidence-labels'
import { formatReference, sourceLinks, type SourceLink } from './format-reference'

/** A source ready to show: its type label, formatted reference, locator and links. */
export interface ShownSource {
  id: string
  typeLabel: string
  reference: string
  /** Who and when, in a few words (McCarty et al., 2014): for compact lists such as handouts. */
  short: string
  locator?: string
  supports?: string
  links: SourceLink[]
}

export type CitationTarget = { kind: 'claim'; claim: Claim; sources: ShownSource[] } | { kind: 'source'; source: ShownSource }

export function showSource(source: Source, locator?: string, supports?: string): ShownSource {
  return {
    id: source.id,
    typeLabel: DESIGN_LABELS[source.design],
    reference: formatReference(source),
    short: shortReference(source),
    locator,
    supports,
    links: sourceLinks(source),
  }
}

/** "McCarty et al., 2014", "Virginia Department of Medical Assistance Services, 2023", or the title when no author is named. */
export function shortReference(source: Source): string {
  const [first, second] = source.author
  const name = (n: (typeof source.author)[number]) => ('literal' in n ? n.literal : n.family)
  const who = !first
    ? source.title
    : second
      ? source.author.length > 2
        ? `${name(first)} et al.`
        : `${name(first)} and ${name(second)}`
      : name(first)
  const year = source.issued === undefined ? 'n.d.' : String(source.issued).slice(0, 4)
  return `${who}, ${year}`
}

/** Looks a citation key up as a claim, then as a source. Throws for an unknown key: the build must fail. */
export function resolveCitation(content: ContentGraph, id: string): CitationTarget {
  const claim = getClaimById(content, id)
  if (claim) return { kind: 'claim', claim, sources: claimSources(content, claim) }
  const source = getSourceById(content, id)
  if (source) return { kind: 'source', source: showSource(source) }
  throw new Error(`[@${id}] names no claim or source (check the id in content/claims/ or content/sources/)`)
}

export function claimSources(content: ContentGraph, claim: Claim): ShownSource[] {
  return claim.sources.map(({ source: id, locator, supports }) => {
    const source = getSourceById(content, id)
    if (!source) throw new Error(`content/claims/${claim.id}.yaml: sources: "${id}" names no source`)
    return showSource(source, locator, supports)
  })
}
