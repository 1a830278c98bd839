import { describe, expect, it } from 'vitest'
import {
  MAX_PROGRAMS,
  addProgram,
  emptyWorksheet,
  nextProgramId,
  parseWorksheet,
  removeProgram,
  renameProgram,
  serializeWorksheet,
  setAnswer,
  signsShown,
  type Worksheet,
} from '@/lib/worksheet'

const QUESTIONS = [{ id: 'ask-about-medicines', sign: 'sign-offers-medicines' }, { id: 'ask-hours-and-days' }]
const IDS = QUESTIONS.map((q) => q.id)

const add = (ws: Worksheet, name: string) => {
  const result = addProgram(ws, name, nextProgramId(ws))
  if (!result.ok) throw new Error(result.error)
  return result.worksheet
}

describe('worksheet state', () => {
  it('adds, renames, answers and removes programs without touching the original', () => {
    const empty = emptyWorksheet()
    const one = add(empty, '  Riverside Recovery IOP ')
    expect(empty.programs).toEqual([])
    expect(one.programs[0]).toEqual({ id: 'p1', name: 'Riverside Recovery IOP', answers: {} })
    const answered = setAnswer(one, 'p1', 'ask-about-medicines', { answer: 'yes' })
    const noted = setAnswer(answered, 'p1', 'ask-about-medicines', { notes: 'Buprenorphine on site' })
    expect(noted.programs[0].answers['ask-about-medicines']).toEqual({ answer: 'yes', notes: 'Buprenorphine on site' })
    expect(renameProgram(noted, 'p1', 'Riverside IOP').programs[0].name).toBe('Riverside IOP')
    expect(renameProgram(noted, 'p1', '   ').programs[0].name).toBe('Riverside Recovery IOP')
    expect(removeProgram(noted, 'p1').programs).toEqual([])
  })

  it(`stops at ${MAX_PROGRAMS} programs, and refuses blank or repeated names`, () => {
    let ws = emptyWorksheet()
    for (const name of ['A', 'B', 'C', 'D', 'E']) ws = add(ws, name)
    expect(addProgram(ws, 'F', 'p9')).toEqual({ ok: false, error: 'You can compare up to 5 programs. Remove one to add another.' })
    expect(addProgram(emptyWorksheet(), '  ', 'p1')).toEqual({ ok: false, error: 'Type the program’s name first.' })
    expect(addProgram(add(emptyWorksheet(), 'Oak'), 'oak', 'p2')).toEqual({ ok: false, error: '“oak” is already on your list.' })
  })

  it('gives a new program an id no other program has, even after removals', () => {
    const ws = removeProgram(add(add(emptyWorksheet(), 'A'), 'B'), 'p1')
    expect(nextProgramId(ws)).toBe('p3')
  })

  it('lists the quality signs a program shows from its yes answers', () => {
    const ws = setAnswer(add(emptyWorksheet(), 'A'), 'p1', 'ask-about-medicines', { answer: 'yes' })
    expect(signsShown(ws.programs[0], QUESTIONS)).toEqual(['sign-offers-medicines'])
    expect(signsShown(setAnswer(ws, 'p1', 'ask-about-medicines', { answer: 'not-sure' }).programs[0], QUESTIONS)).toEqual([])
  })
})

describe('export and import', () => {
  it('round-trips a worksheet exactly', () => {
    const ws = setAnswer(add(add(emptyWorksheet(), 'A'), 'B'), 'p2', 'ask-hours-and-days', { answer: 'no', notes: 'Evenings only' })
    expect(parseWorksheet(serializeWorksheet(ws), IDS)).toEqual({ ok: true, worksheet: ws })
  })

  it.each([
    ['not JSON', '{ programs: ', 'not readable JSON'],
    [
      'someone else’s JSON',
      JSON.stringify({ name: 'shopping list', items: ['milk'] }),
      'not a worksheet saved from this site, or it is damaged',
    ],
    ['a newer version', JSON.stringify({ kind: 'iop-guide-worksheet', version: 2, programs: [] }), 'not a worksheet saved from this site'],
    [
      'six programs',
      JSON.stringify({
        kind: 'iop-guide-worksheet',
        version: 1,
        programs: ['1', '2', '3', '4', '5', '6'].map((n) => ({ id: `p${n}`, name: n, answers: {} })),
      }),
      'damaged',
    ],
    [
      'an unknown question',
      JSON.stringify({
        kind: 'iop-guide-worksheet',
        version: 1,
        programs: [{ id: 'p1', name: 'A', answers: { 'ask-about-pets': { notes: '' } } }],
      }),
      'questions this site no longer asks',
    ],
    ['a huge file', JSON.stringify({ kind: 'iop-guide-worksheet', version: 1, programs: [], padding: 'x'.repeat(200_000) }), 'too large'],
  ])('refuses %s with a clear message', (_name, text, message) => {
    const result = parseWorksheet(text, IDS)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error).toContain(message)
    expect(!result.ok && result.error).toContain('Nothing was changed.')
  })
})
