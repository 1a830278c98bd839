import { describe, expect, it } from 'vitest'
import {
  MAX_IMPORT_BYTES,
  MAX_PROGRAMS,
  addProgram,
  emptyWorksheet,
  nextProgramId,
  removeAnswer,
  removeProgram,
  renameProgram,
  retiredAnswers,
  retiredQuestions,
  serializeWorksheet,
  setAnswer,
  signsShown,
  type Worksheet,
  type WorksheetQuestion,
} from '@/lib/worksheet'
import { parseWorksheet, sizeError } from '@/lib/parse-worksheet'

const MEDICINES = {
  id: 'ask-about-medicines',
  text: 'Do you offer medicines for opioid or alcohol use disorder, or help me get them?',
  sign: 'sign-offers-medicines',
}
const HOURS = { id: 'ask-hours-and-days', text: 'How many hours a week would I attend, and on which days?' }
const QUESTIONS: WorksheetQuestion[] = [MEDICINES, HOURS]

const add = (ws: Worksheet, name: string) => {
  const result = addProgram(ws, name, nextProgramId(ws))
  if (!result.ok) throw new Error(result.error)
  return result.worksheet
}

/** Riverside has answered both questions; this is what a visitor has saved in the browser. */
const saved = () => {
  const ws = add(emptyWorksheet(), 'Riverside Recovery IOP')
  const medicines = setAnswer(ws, 'p1', MEDICINES, { answer: 'yes', notes: 'Buprenorphine on site' })
  return setAnswer(medicines, 'p1', HOURS, { answer: 'no', notes: 'Evenings only' })
}

const load = (ws: Worksheet | object, questions: WorksheetQuestion[]) => {
  const result = parseWorksheet(JSON.stringify(ws), questions)
  if (!result.ok) throw new Error(result.error)
  return result.worksheet
}

describe('worksheet state', () => {
  it('adds, renames, answers and removes programs without touching the original', () => {
    const empty = emptyWorksheet()
    const one = add(empty, '  Riverside Recovery IOP ')
    expect(empty.programs).toEqual([])
    expect(one.programs[0]).toEqual({ id: 'p1', name: 'Riverside Recovery IOP', answers: {} })
    const answered = setAnswer(one, 'p1', MEDICINES, { answer: 'yes' })
    const noted = setAnswer(answered, 'p1', MEDICINES, { notes: 'Buprenorphine on site' })
    expect(noted.programs[0].answers[MEDICINES.id]).toEqual({ question: MEDICINES.text, answer: 'yes', notes: 'Buprenorphine on site' })
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
    const ws = setAnswer(add(emptyWorksheet(), 'A'), 'p1', MEDICINES, { answer: 'yes' })
    expect(signsShown(ws.programs[0], QUESTIONS)).toEqual(['sign-offers-medicines'])
    expect(signsShown(setAnswer(ws, 'p1', MEDICINES, { answer: 'not-sure' }).programs[0], QUESTIONS)).toEqual([])
  })
})

describe('a saved worksheet after the guide’s questions change', () => {
  it('keeps every answer when the questions are reordered', () => {
    const ws = load(saved(), [HOURS, MEDICINES])
    expect(ws).toEqual(saved())
    expect(retiredAnswers(ws.programs[0], [HOURS, MEDICINES])).toEqual([])
  })

  it('keeps the answers to a removed question, with the wording it had, as no longer in the guide', () => {
    const ws = load(saved(), [HOURS])
    expect(ws).toEqual(saved())
    expect(retiredAnswers(ws.programs[0], [HOURS])).toEqual([
      { id: MEDICINES.id, question: MEDICINES.text, answer: 'yes', notes: 'Buprenorphine on site' },
    ])
    expect(retiredQuestions(ws, [HOURS])).toEqual([{ id: MEDICINES.id, question: MEDICINES.text }])
  })

  it('moves the answers of a renamed question (new id, same wording) to its new id', () => {
    const renamed = { ...MEDICINES, id: 'ask-about-addiction-medicines' }
    const ws = load(saved(), [renamed, HOURS])
    expect(ws.programs[0].answers).toEqual({
      [renamed.id]: { question: MEDICINES.text, answer: 'yes', notes: 'Buprenorphine on site' },
      [HOURS.id]: saved().programs[0].answers[HOURS.id],
    })
    expect(retiredAnswers(ws.programs[0], [renamed, HOURS])).toEqual([])
  })

  it('keeps an answer under its id when only the wording changed', () => {
    const reworded = { ...HOURS, text: 'How many hours a week, and on which days, would I attend?' }
    const ws = load(saved(), [MEDICINES, reworded])
    expect(ws).toEqual(saved())
    expect(setAnswer(ws, 'p1', reworded, { notes: 'Asked again' }).programs[0].answers[HOURS.id].question).toBe(reworded.text)
  })

  it('deletes an answer to a removed question only when asked to', () => {
    const ws = removeAnswer(load(saved(), [HOURS]), 'p1', MEDICINES.id)
    expect(Object.keys(ws.programs[0].answers)).toEqual([HOURS.id])
  })

  it('migrates a version 1 save, taking the wording of questions still asked and keeping the rest', () => {
    const v1 = {
      kind: 'iop-guide-worksheet',
      version: 1,
      programs: [
        {
          id: 'p1',
          name: 'Cedar House',
          answers: { [MEDICINES.id]: { answer: 'yes', notes: '' }, 'ask-about-pets': { notes: 'Dogs ok' } },
        },
      ],
    }
    expect(load(v1, QUESTIONS)).toEqual({
      kind: 'iop-guide-worksheet',
      version: 2,
      programs: [
        {
          id: 'p1',
          name: 'Cedar House',
          answers: {
            [MEDICINES.id]: { question: MEDICINES.text, answer: 'yes', notes: '' },
            'ask-about-pets': { question: '', notes: 'Dogs ok' },
          },
        },
      ],
    })
  })
})

describe('export and import', () => {
  it('round-trips a worksheet exactly', () => {
    const ws = setAnswer(add(add(emptyWorksheet(), 'A'), 'B'), 'p2', HOURS, { answer: 'no', notes: 'Evenings only' })
    expect(parseWorksheet(serializeWorksheet(ws), QUESTIONS)).toEqual({ ok: true, worksheet: ws })
  })

  const worksheetWith = (programs: unknown[]) => JSON.stringify({ kind: 'iop-guide-worksheet', version: 2, programs })
  const answers = (key: string) => `{"${key}": {"question": "", "notes": ""}}`

  it.each([
    ['not JSON', '{ programs: ', 'This file is not a worksheet saved from this site (it is not readable JSON). Nothing was changed.'],
    [
      'someone else’s JSON',
      JSON.stringify({ name: 'shopping list', items: ['milk'] }),
      'This file is not a worksheet saved from this site, or it is damaged. Nothing was changed.',
    ],
    [
      'a newer version',
      JSON.stringify({ kind: 'iop-guide-worksheet', version: 3, programs: [] }),
      'This worksheet was saved by a newer version of this site. Reload the page and open it again. Nothing was changed.',
    ],
    [
      'six programs',
      worksheetWith(['1', '2', '3', '4', '5', '6'].map((n) => ({ id: `p${n}`, name: n, answers: {} }))),
      'This file is not a worksheet saved from this site, or it is damaged. Nothing was changed.',
    ],
    [
      'two programs with the same id',
      worksheetWith([
        { id: 'p1', name: 'A', answers: {} },
        { id: 'p1', name: 'B', answers: {} },
      ]),
      'This file is damaged (two programs share an id). Nothing was changed.',
    ],
    [
      'names that differ only in capitals',
      worksheetWith([
        { id: 'p1', name: 'Program A', answers: {} },
        { id: 'p2', name: 'program a', answers: {} },
      ]),
      'This file lists “program a” twice. Each program needs its own name. Nothing was changed.',
    ],
    ...['__proto__', 'constructor', 'prototype'].map((key) => [
      `a "${key}" answer`,
      `{"kind": "iop-guide-worksheet", "version": 2, "programs": [{"id": "p1", "name": "A", "answers": ${answers(key)}}]}`,
      `This file contains “${key}”, which a worksheet never uses, so it was not opened. Nothing was changed.`,
    ]),
    [
      'a "__proto__" key at the top',
      '{"kind": "iop-guide-worksheet", "version": 2, "programs": [], "__proto__": {"isAdmin": true}}',
      'This file contains “__proto__”, which a worksheet never uses, so it was not opened. Nothing was changed.',
    ],
    [
      'a huge file',
      JSON.stringify({ kind: 'iop-guide-worksheet', version: 2, programs: [], padding: 'x'.repeat(200_000) }),
      'This file is too large to be a worksheet from this site. Nothing was changed.',
    ],
  ])('refuses %s with a clear message', (_name, text, error) => {
    expect(parseWorksheet(text, QUESTIONS)).toEqual({ ok: false, error })
  })

  it('checks a file’s size before reading it', () => {
    expect(sizeError(MAX_IMPORT_BYTES)).toBeUndefined()
    expect(sizeError(MAX_IMPORT_BYTES + 1)).toBe('This file is too large to be a worksheet from this site. Nothing was changed.')
  })
})
