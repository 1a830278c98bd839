/** One reference inside a Pandoc citation: `@id` or `@id, p. 720`. */
export interface CitationItem {
  id: string
  locator?: string
}

/** Any bracket that opens with `@`: a citation, or a malformed one the check must report. */
export const CITATION_PATTERN = /\[@[^[\]]*\]/g

const ITEM = /^@([A-Za-z0-9_](?:[A-Za-z0-9_:.-]*[A-Za-z0-9_])?)(?:\s*,\s*(\S[^;]*?))?\s*$/

/**
 * Parses the text of a Pandoc citation, brackets included: `[@a]`, `[@a; @b]`, `[@a, p. 720]`.
 * Returns null when the text looks like a citation but is not one, so callers can report it.
 */
export function parseCitation(text: string): CitationItem[] | null {
  const inner = text.replace(/^\[/, '').replace(/\]$/, '')
  const parts = inner.split(';').map((part) => part.trim())
  const items: CitationItem[] = []
  for (const part of parts) {
    const match = ITEM.exec(part)
    if (!match) return null
    items.push(match[2] ? { id: match[1], locator: match[2] } : { id: match[1] })
  }
  return items
}
