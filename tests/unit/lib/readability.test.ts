import { describe, expect, it } from 'vitest'
import { parseMarkdown } from '@/lib/markdown/parse-markdown'
import { fleschKincaidGrade, measureReadability, splitSentences } from '@/lib/readability'

describe(fleschKincaidGrade, () => {
  it('follows the published formula', () => {
    // 100 words, 5 sentences, 150 syllables: 0.39 × 20 + 11.8 × 1.5 − 15.59 = 9.91
    expect(fleschKincaidGrade(100, 5, 150)).toBeCloseTo(9.91, 2)
  })
})

describe(splitSentences, () => {
  it('splits at full stops, question and exclamation marks', () => {
    expect(splitSentences('You go to groups. Is it hard? Yes! 9 hours a week.')).toEqual([
      'You go to groups.',
      'Is it hard?',
      'Yes!',
      '9 hours a week.',
    ])
  })
})

describe(measureReadability, () => {
  it('scores short plain sentences lower than long technical ones', () => {
    const plain = measureReadability(parseMarkdown('You go three days a week. You live at home. Groups meet for three hours.'))
    const hard = measureReadability(
      parseMarkdown(
        'Intensive outpatient programming constitutes a multidisciplinary therapeutic modality characterized by psychosocial interventions administered predominantly in group configurations.',
      ),
    )
    expect(plain.grade).toBeLessThan(4)
    expect(hard.grade).toBeGreaterThan(15)
  })
  it('ignores citations and headings, and reports long sentences and paragraphs', () => {
    const r = measureReadability(
      parseMarkdown(
        '## A heading that is not prose\n\nOne. Two. Three. Four [@a].\n\nThis sentence has far more than twenty words in it because it keeps going on and on without any stop at all.\n',
      ),
    )
    expect(r.sentences).toBe(5)
    expect(r.longSentenceShare).toBeCloseTo(1 / 5)
    expect(r.longParagraphShare).toBeCloseTo(1 / 2)
    expect(r.worstSentences[0].text).toMatch(/^This sentence has far more/)
  })
})
