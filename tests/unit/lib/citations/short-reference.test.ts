import { describe, expect, it } from 'vitest'
import { shortReference } from '@/lib/citations/resolve-citation'
import type { Source } from '@/lib/content/schema'

const source = (author: Source['author'], issued?: Source['issued']): Source => ({
  id: 's',
  type: 'article-journal',
  title: 'A title',
  author,
  issued,
  design: 'rct',
  URL: 'https://example.org/',
})

describe(shortReference, () => {
  it('names one author, two authors, or the first with et al., and the year', () => {
    expect(shortReference(source([{ family: 'McCarty', given: 'D' }], 2014))).toBe('McCarty, 2014')
    expect(shortReference(source([{ family: 'Lee' }, { family: 'Kim' }], '2020-06'))).toBe('Lee and Kim, 2020')
    expect(shortReference(source([{ family: 'Lee' }, { family: 'Kim' }, { literal: 'Group' }], '2021-02-03'))).toBe('Lee et al., 2021')
  })
  it('uses an organisation’s name, the title when no author is named, and n.d. without a date', () => {
    expect(shortReference(source([{ literal: 'SAMHSA' }]))).toBe('SAMHSA, n.d.')
    expect(shortReference(source([], 2019))).toBe('A title, 2019')
  })
})
