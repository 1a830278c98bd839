import type { Link, Root } from 'mdast'
import { findAndReplace } from 'mdast-util-find-and-replace'

export interface TermForms {
  id: string
  href: string
  /** Forms matched case-insensitively: the term and its aliases. */
  words: string[]
  /** Matched case-sensitively (IOP, not "iop" inside a word), with an optional plural s. */
  abbreviation?: string
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Links the first use of each glossary term in a Markdown tree to its glossary entry.
 * Headings, links, code and citations are left alone; later uses stay plain text.
 */
export function linkGlossaryTerms(tree: Root, terms: TermForms[]): void {
  const byWord = new Map<string, TermForms>()
  const byAbbreviation = new Map<string, TermForms>()
  const patterns: string[] = []
  for (const term of terms) {
    for (const word of term.words) {
      byWord.set(word.toLowerCase(), term)
      patterns.push(escape(word))
    }
    if (term.abbreviation) {
      byAbbreviation.set(term.abbreviation, term)
      patterns.push(`${escape(term.abbreviation)}s?`)
    }
  }
  if (patterns.length === 0) return
  // Longest first, so "intensive outpatient program" wins over "outpatient program".
  patterns.sort((a, b) => b.length - a.length)
  const linked = new Set<string>()
  const pattern = new RegExp(`(?<![\\w-])(?:${patterns.join('|')})(?![\\w-])`, 'gi')
  findAndReplace(
    tree,
    [
      [
        pattern,
        (match: string) => {
          // The pattern ignores case; abbreviations must still match exactly (IOP, not "iop").
          const term = byWord.get(match.toLowerCase()) ?? byAbbreviation.get(match) ?? byAbbreviation.get(match.replace(/s$/, ''))
          if (!term || linked.has(term.id)) return false
          linked.add(term.id)
          const link: Link = {
            type: 'link',
            url: term.href,
            title: null,
            children: [{ type: 'text', value: match }],
            data: { hProperties: { className: ['glossary-link'] } },
          }
          return link
        },
      ],
    ],
    { ignore: ['link', 'linkReference', 'heading', 'inlineCode', 'code', 'citation'] },
  )
}
