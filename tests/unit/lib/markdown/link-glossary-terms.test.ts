import { toString } from 'mdast-util-to-string'
import type { Link } from 'mdast'
import { describe, expect, it } from 'vitest'
import { visit } from 'unist-util-visit'
import { linkGlossaryTerms, type TermForms } from '@/lib/markdown/link-glossary-terms'
import { parseMarkdown } from '@/lib/markdown/parse-markdown'

const TERMS: TermForms[] = [
  { id: 'iop', href: '/glossary/#term-iop', words: ['intensive outpatient program', 'intensive outpatient programs'], abbreviation: 'IOP' },
  { id: 'outpatient', href: '/glossary/#term-outpatient', words: ['standard outpatient'] },
]

const links = (markdown: string) => {
  const tree = parseMarkdown(markdown)
  linkGlossaryTerms(tree, TERMS)
  const found: [string, string][] = []
  visit(tree, 'link', (node: Link) => void found.push([toString(node), node.url]))
  return found
}

describe(linkGlossaryTerms, () => {
  it('links only the first use of each term', () => {
    expect(links('An intensive outpatient program is an IOP. Another IOP.')).toEqual([
      ['intensive outpatient program', '/glossary/#term-iop'],
    ])
  })
  it('matches abbreviations case-sensitively, with a plural', () => {
    expect(links('Some iop text. IOPs meet weekly.')).toEqual([['IOPs', '/glossary/#term-iop']])
  })
  it('prefers the longest form and respects word edges', () => {
    expect(links('Standard outpatient care differs from intensive outpatient programs.')).toEqual([
      ['Standard outpatient', '/glossary/#term-outpatient'],
      ['intensive outpatient programs', '/glossary/#term-iop'],
    ])
  })
  it('leaves headings, existing links and code alone', () => {
    expect(links('## What is an IOP?\n\n[IOP guide](/x/) and `IOP`.\n')).toEqual([['IOP guide', '/x/']])
  })
})
