import { Cite } from '@citation-js/core'
import '@citation-js/plugin-csl'
import type { Source } from '../content/schema'

/**
 * A source as CSL-JSON for the processor. Identifiers are left out on purpose: pages show them
 * as separate links (doi.org, PubMed), written out so they survive printing.
 */
export function toCslItem(source: Source): Record<string, unknown> {
  const item: Record<string, unknown> = Object.fromEntries(Object.entries(source).filter(([key]) => !NOT_FOR_FORMATTER.has(key)))
  if (source.issued !== undefined) item.issued = { 'date-parts': [String(source.issued).split('-').map(Number)] }
  return item
}

const NOT_FOR_FORMATTER = new Set(['design', 'readFrom', 'DOI', 'PMID', 'PMCID', 'URL', 'issued'])

const cache = new Map<string, string>()

/** The APA reference for a source, formatted by citeproc (via citation-js) at build time, as plain text. */
export function formatReference(source: Source): string {
  let text = cache.get(source.id)
  if (text === undefined) {
    text = (new Cite(toCslItem(source)).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }) as string).trim()
    cache.set(source.id, text)
  }
  return text
}

export interface SourceLink {
  label: string
  href: string
  /** The identifier written out, e.g. "doi:10.1176/…" or "PMID 24445620", so it prints. */
  text: string
}

/** Links for a source: doi.org, PubMed, PMC, or the publisher's or agency's own address. */
export function sourceLinks(source: Source): SourceLink[] {
  const links: SourceLink[] = []
  if (source.DOI) links.push({ label: 'DOI', href: `https://doi.org/${source.DOI}`, text: `doi:${source.DOI}` })
  if (source.PMID) links.push({ label: 'PubMed', href: `https://pubmed.ncbi.nlm.nih.gov/${source.PMID}/`, text: `PMID ${source.PMID}` })
  if (source.PMCID) links.push({ label: 'PMC', href: `https://pmc.ncbi.nlm.nih.gov/articles/${source.PMCID}/`, text: source.PMCID })
  if (source.URL && !source.DOI) links.push({ label: 'Web page', href: source.URL, text: source.URL })
  return links
}
