/** One reference inside a Pandoc citation: `@id` or `@id, p. 720`. */
export interface CitationItem {
  id: string
  locator?: string
}

/** Any bracket that opens with `@`: a citation, or a malformed one the check must report. Linear: no nested quantifiers. */
export const CITATION_PATTERN = /\[@[^[\]]*\]/g

const KEY = /^@([A-Za-z0-9_](?:[A-Za-z0-9_:.-]*[A-Za-z0-9_])?)$/

/**
 * Parses the text of a Pandoc citation, brackets included: `[@a]`, `[@a; @b]`, `[@a, p. 720]`.
 * Returns null when the text looks like a citation but is not one, so callers can report it.
 * Splits on ; and the first comma instead of one big regex, so no input can make it slow.
 */
export function parseCitation(text: string): CitationItem[] | null {
  if (!text.startsWith('[') || !text.endsWith(']')) return null
  const items: CitationItem[] = []
  for (const part of text.slice(1, -1).split(';')) {
    const comma = part.indexOf(',')
    const key = KEY.exec((comma < 0 ? part : part.slice(0, comma)).trim())
    const locator = comma < 0 ? undefined : part.slice(comma + 1).trim()
    if (!key || locator === '') return null
    items.push(locator ? { id: key[1], locator } : { id: key[1] })
  }
  return items
}
