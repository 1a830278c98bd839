import { citeBacklinkId } from '../routes'
import type { CitationItem } from '../markdown/parse-citation'
import { backlinkLabels } from './backlink-labels'

export interface CiteMarker {
  id: string
  number: number
  /** The element id of this marker, target of the Sources entry's back-link. */
  backlinkId: string
  locator?: string
}

export interface SourceListItem {
  id: string
  number: number
  /** One per place the entry is cited, in reading order; labels are a, b, c… (none when cited once). */
  backlinks: { href: string; label: string }[]
  /** Distinct locators used where it is cited, e.g. "p. 720". */
  locators: string[]
}

/**
 * Numbers citations by first appearance on the page: every later citation of the same claim or
 * source reuses its number. `groups` are the page's citations in reading order ([@a; @b] is one group).
 */
export function numberCitations(groups: CitationItem[][]): { markers: CiteMarker[][]; entries: SourceListItem[] } {
  const entries = new Map<string, { number: number; occurrences: number; locators: string[] }>()
  const markers = groups.map((items) =>
    items.map(({ id, locator }) => {
      let entry = entries.get(id)
      if (!entry) {
        entry = { number: entries.size + 1, occurrences: 0, locators: [] }
        entries.set(id, entry)
      }
      if (locator && !entry.locators.includes(locator)) entry.locators.push(locator)
      const marker: CiteMarker = { id, number: entry.number, backlinkId: citeBacklinkId(entry.number, entry.occurrences) }
      if (locator) marker.locator = locator
      entry.occurrences += 1
      return marker
    }),
  )
  return {
    markers,
    entries: [...entries].map(([id, { number, occurrences, locators }]) => {
      const labels = backlinkLabels(occurrences)
      const backlinks = Array.from({ length: occurrences }, (_, i) => ({ href: `#${citeBacklinkId(number, i)}`, label: labels[i] ?? '^' }))
      return { id, number, backlinks, locators }
    }),
  }
}
