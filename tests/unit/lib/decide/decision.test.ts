import { describe, expect, it } from 'vitest'
import {
  MAX_DECISION_BYTES,
  describeMatch,
  emptyDecision,
  matchOptions,
  parseDecision,
  serializeDecision,
  sureOutcome,
  type OptionFits,
} from '@/lib/decide/decision'

const VALUES = ['work', 'home', 'away', 'cost']
const OPTIONS: OptionFits[] = [
  { id: 'outpatient', fits: { work: 'yes', home: 'yes', away: 'no', cost: 'yes' } },
  { id: 'residential', fits: { work: 'no', home: 'no', away: 'yes', cost: 'partly' } },
  { id: 'waiting', fits: { work: 'yes' } },
]
const label = (id: string) => ({ work: 'keeping your job', home: 'being at home', away: 'a place away from using', cost: 'cost' })[id]!

describe('matchOptions', () => {
  it('sorts each option’s fit by how much each value matters, and leaves out what does not matter or was not rated', () => {
    const [outpatient, residential] = matchOptions(OPTIONS, VALUES, { work: 'a-lot', away: 'a-lot', cost: 'a-little', home: 'not-much' })
    expect(outpatient.aLot).toEqual({ yes: ['work'], partly: [], no: ['away'] })
    expect(outpatient.aLittle).toEqual({ yes: ['cost'], partly: [], no: [] })
    expect(residential.aLot).toEqual({ yes: ['away'], partly: [], no: ['work'] })
    expect(residential.aLittle).toEqual({ yes: [], partly: ['cost'], no: [] })
  })

  it('keeps the options in their own order, whatever fits best: it never ranks them', () => {
    const ids = matchOptions(OPTIONS, VALUES, { away: 'a-lot' }).map((m) => m.id)
    expect(ids).toEqual(['outpatient', 'residential', 'waiting'])
  })

  it('leaves out a value an option says nothing about, and a rating for a value that left the aid', () => {
    const waiting = matchOptions(OPTIONS, VALUES, { away: 'a-lot', retired: 'a-lot' }).find((m) => m.id === 'waiting')!
    expect(waiting.aLot).toEqual({ yes: [], partly: [], no: [] })
  })

  it('is not fooled by ratings keyed by inherited names', () => {
    const ratings = JSON.parse('{"toString": "a-lot"}')
    expect(matchOptions(OPTIONS, ['toString'], ratings)[0].aLot).toEqual({ yes: [], partly: [], no: [] })
  })
})

describe('describeMatch', () => {
  it('says in one sentence what the option fits, partly fits and does not fit', () => {
    const [, residential] = matchOptions(OPTIONS, VALUES, { work: 'a-lot', away: 'a-lot', cost: 'a-lot' })
    expect(describeMatch(residential, label)).toBe(
      'Of the 3 things you said matter a lot, this option fits a place away from using, partly fits cost and does not fit keeping your job.',
    )
  })
  it('says so when nothing that matters a lot is touched', () => {
    expect(describeMatch(matchOptions(OPTIONS, VALUES, {})[0], label)).toBe(
      'You have not said that anything this option touches matters a lot to you.',
    )
  })
})

describe('sureOutcome', () => {
  it('is all yes only when all four are yes, and lists the items answered no', () => {
    expect(sureOutcome({ sure: 'yes', understand: 'yes', 'risk-benefit': 'yes', encouragement: 'yes' })).toEqual({ state: 'all-yes' })
    expect(sureOutcome({ sure: 'yes', understand: 'no', encouragement: 'no' })).toEqual({
      state: 'some-no',
      no: ['understand', 'encouragement'],
    })
    expect(sureOutcome({ sure: 'yes', understand: 'yes' })).toEqual({ state: 'unanswered' })
  })
})

describe('parseDecision', () => {
  const saved = {
    ...emptyDecision(),
    ratings: { work: 'a-lot' as const },
    sure: { sure: 'no' as const },
    leaning: 'outpatient',
    notes: 'Ask about evenings.',
  }

  it('reads back what it wrote', () => {
    expect(parseDecision(serializeDecision(saved))).toEqual({ ok: true, decision: saved })
  })

  it('refuses, and changes nothing, for unsafe, damaged, newer, foreign or oversized files', () => {
    const refused = (text: string) => {
      const result = parseDecision(text)
      expect(result.ok).toBe(false)
      return result.ok ? '' : result.error
    }
    expect(refused('{"kind":"iop-guide-decision","version":1,"ratings":{"__proto__":"a-lot"},"sure":{}}')).toMatch(
      /“__proto__”.*Nothing was changed\.$/,
    )
    expect(refused('not json')).toMatch(/not readable JSON\). Nothing was changed\.$/)
    expect(refused(JSON.stringify({ ...saved, version: 2 }))).toMatch(/newer version of this site/)
    expect(refused(JSON.stringify({ ...saved, ratings: { work: 'very' } }))).toMatch(/damaged\. Nothing was changed\.$/)
    expect(refused(JSON.stringify({ kind: 'iop-guide-worksheet', version: 2, programs: [] }))).toMatch(/not a decision aid file/)
    expect(refused(JSON.stringify({ ...saved, extra: true }))).toMatch(/damaged/)
    expect(refused(JSON.stringify({ ...saved, notes: 'x'.repeat(MAX_DECISION_BYTES) }))).toMatch(/too large/)
  })
})
