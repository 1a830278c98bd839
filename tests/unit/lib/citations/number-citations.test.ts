import { describe, expect, it } from 'vitest'
import { backlinkLabels } from '@/lib/citations/backlink-labels'
import { numberCitations } from '@/lib/citations/number-citations'

describe(backlinkLabels, () => {
  it.each([
    [1, []],
    [3, ['a', 'b', 'c']],
    [27, [...'abcdefghijklmnopqrstuvwxyz', 'aa']],
  ])('labels %i citations as %j', (count, labels) => {
    expect(backlinkLabels(count)).toEqual(labels)
  })
})

describe(numberCitations, () => {
  it('gives each marker an id its Sources entry links back to', () => {
    const { markers, entries } = numberCitations([[{ id: 'x' }], [{ id: 'y' }], [{ id: 'x' }]])
    expect(markers.flat().map((m) => m.backlinkId)).toEqual(['cite-1-1', 'cite-2-1', 'cite-1-2'])
    expect(entries[0].backlinks).toEqual([
      { href: '#cite-1-1', label: 'a' },
      { href: '#cite-1-2', label: 'b' },
    ])
    expect(entries[1].backlinks).toEqual([{ href: '#cite-2-1', label: '^' }])
  })
  it('keeps each distinct locator once', () => {
    const { entries } = numberCitations([[{ id: 'x', locator: 'p. 1' }], [{ id: 'x', locator: 'p. 1' }], [{ id: 'x', locator: 'p. 2' }]])
    expect(entries[0].locators).toEqual(['p. 1', 'p. 2'])
  })
  it('returns nothing for a page without citations', () => {
    expect(numberCitations([])).toEqual({ markers: [], entries: [] })
  })
})
