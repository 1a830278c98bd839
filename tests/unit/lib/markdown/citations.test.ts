import { describe, expect, it } from 'vitest'
import type { CitationTarget } from '@/lib/citations/resolve-citation'
import { listCitations } from '@/lib/markdown/inspect-markdown'
import { parseCitation } from '@/lib/markdown/parse-citation'
import { parseMarkdown } from '@/lib/markdown/parse-markdown'
import { prepareCitedMarkdown } from '@/lib/markdown/prepare-cited-markdown'

describe(parseCitation, () => {
  it.each([
    ['[@iop-hours]', [{ id: 'iop-hours' }]],
    ['[@a; @b]', [{ id: 'a' }, { id: 'b' }]],
    ['[@mccarty-2014-iop, p. 720]', [{ id: 'mccarty-2014-iop', locator: 'p. 720' }]],
    ['[@a, Table 2; @b]', [{ id: 'a', locator: 'Table 2' }, { id: 'b' }]],
  ])('parses %s', (text, items) => {
    expect(parseCitation(text)).toEqual(items)
  })
  it.each(['[@]', '[@a b]', '[@a;]', '[@-a]'])('returns null for the malformed %s', (text) => {
    expect(parseCitation(text)).toBeNull()
  })
})

describe('remarkCitations', () => {
  it('finds citations in reading order, with their lines', () => {
    const tree = parseMarkdown('First [@a].\n\n- Second [@b; @c, p. 4]\n')
    expect(listCitations(tree)).toEqual([
      { line: 1, items: [{ id: 'a' }] },
      { line: 3, items: [{ id: 'b' }, { id: 'c', locator: 'p. 4' }] },
    ])
  })
  it('leaves link text and code alone', () => {
    const tree = parseMarkdown('See [the [@a] page](/x/) and `[@b]`.\n')
    expect(listCitations(tree)).toEqual([])
  })
})

const fakeTarget = (id: string): CitationTarget => ({
  kind: 'source',
  source: { id, typeLabel: 'Trial', reference: `Reference for ${id}`, short: `Author, 2020`, links: [] },
})

describe(prepareCitedMarkdown, () => {
  it('numbers citations by first appearance across every block of the page', () => {
    const cited = prepareCitedMarkdown({ b0: 'One [@b]. Two [@a; @b].', b1: 'Three [@c, p. 9] and [@a].' }, { resolve: fakeTarget })
    expect(cited.markers.map((group) => group.map((m) => m.number))).toEqual([[1], [2, 1], [3], [2]])
    expect(cited.entries.map((e) => [e.id, e.number, e.backlinks.map((b) => b.label)])).toEqual([
      ['b', 1, ['a', 'b']],
      ['a', 2, ['a', 'b']],
      ['c', 3, ['^']],
    ])
    expect(cited.entries[2].locators).toEqual(['p. 9'])
    expect(Object.keys(cited.targets)).toEqual(['b', 'a', 'c'])
  })
  it('fails on a key that names nothing, so the build stops', () => {
    const resolve = (id: string): CitationTarget => {
      throw new Error(`[@${id}] names no claim or source`)
    }
    expect(() => prepareCitedMarkdown({ b0: 'Text [@missing].' }, { resolve })).toThrow('[@missing] names no claim or source')
  })
  it('fails on a malformed citation', () => {
    expect(() => prepareCitedMarkdown({ b0: 'Text [@a b].' }, { resolve: fakeTarget })).toThrow('malformed citation [@a b]')
  })
  it('drops raw HTML instead of rendering it', () => {
    const cited = prepareCitedMarkdown({ b0: 'Hello <script>alert(1)</script> there [@a].' }, { resolve: fakeTarget })
    expect(JSON.stringify(cited.trees.b0)).not.toContain('script')
  })
})
