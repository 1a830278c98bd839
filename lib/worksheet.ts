import * as z from 'zod/mini'

/**
 * The program worksheet's state and its rules, kept apart from the UI so they can be tested.
 *
 * Answers are keyed by question id and keep the question's wording, so a saved worksheet outlives
 * content changes: a question that leaves the guide keeps its answers (shown as "no longer in the
 * guide"), and a question whose id changed but whose wording did not gets its answers back.
 */

export const MAX_PROGRAMS = 5
export const MAX_IMPORT_BYTES = 100_000
export const STORAGE_KEY = 'iop-guide-worksheet'
export const CURRENT_VERSION = 2
export const ANSWERS = ['yes', 'no', 'not-sure'] as const
export type Answer = (typeof ANSWERS)[number]
export const ANSWER_LABELS: Record<Answer, string> = { yes: 'Yes', no: 'No', 'not-sure': 'Not sure' }

/** A question as the worksheet page receives it from the guide. */
export interface WorksheetQuestion {
  id: string
  text: string
  /** The quality sign (a choose item id) a program shows when the answer is yes. */
  sign?: string
  /**
   * An open question ("How many hours a week…?") takes the program's answer in words (kept as the notes) and then
   * whether it sounds like a good answer (yes, no, not sure); a yes-no question takes yes, no or not sure, and notes.
   */
  open?: boolean
}

export const GOOD_ANSWER_LABELS: Record<Answer, string> = { yes: 'Sounds good', no: 'Does not sound good', 'not-sure': 'Not sure' }

// zod/mini: the same validation as zod, a fraction of the size, because this module ships to the browser.
export const Notes = z._default(z.string().check(z.maxLength(2000)), '')
export const programFields = {
  id: z.string().check(z.regex(/^p[0-9a-z]{1,20}$/)),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(120)),
}
export const QuestionId = z.string().check(z.minLength(1), z.maxLength(200))

const SavedAnswerSchema = z.strictObject({
  /** The question's wording when it was answered. Empty only for answers carried over from version 1, which did not keep it. */
  question: z.string().check(z.maxLength(1000)),
  answer: z.optional(z.enum(ANSWERS)),
  notes: Notes,
})

export const WorksheetSchema = z.strictObject({
  kind: z.literal('iop-guide-worksheet'),
  version: z.literal(CURRENT_VERSION),
  programs: z
    .array(z.strictObject({ ...programFields, answers: z.record(QuestionId, SavedAnswerSchema) }))
    .check(z.maxLength(MAX_PROGRAMS)),
})

export type Worksheet = z.infer<typeof WorksheetSchema>
export type Program = Worksheet['programs'][number]
export type SavedAnswer = Program['answers'][string]

export const emptyWorksheet = (): Worksheet => ({ kind: 'iop-guide-worksheet', version: CURRENT_VERSION, programs: [] })

export type Result = { ok: true; worksheet: Worksheet } | { ok: false; error: string }

export const isSameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase()

/** Adds a program by name; refuses a blank name, a sixth program, or a name already used. */
export function addProgram(worksheet: Worksheet, name: string, id: string): Result {
  const trimmed = name.trim()
  if (!trimmed) return { ok: false, error: 'Type the program’s name first.' }
  if (worksheet.programs.length >= MAX_PROGRAMS)
    return { ok: false, error: `You can compare up to ${MAX_PROGRAMS} programs. Remove one to add another.` }
  if (worksheet.programs.some((p) => isSameName(p.name, trimmed))) return { ok: false, error: `“${trimmed}” is already on your list.` }
  return { ok: true, worksheet: { ...worksheet, programs: [...worksheet.programs, { id, name: trimmed.slice(0, 120), answers: {} }] } }
}

export const removeProgram = (worksheet: Worksheet, id: string): Worksheet => ({
  ...worksheet,
  programs: worksheet.programs.filter((p) => p.id !== id),
})

export function renameProgram(worksheet: Worksheet, id: string, name: string): Worksheet {
  const trimmed = name.trim()
  if (!trimmed) return worksheet
  return { ...worksheet, programs: worksheet.programs.map((p) => (p.id === id ? { ...p, name: trimmed.slice(0, 120) } : p)) }
}

const updateProgram = (worksheet: Worksheet, id: string, update: (p: Program) => Program): Worksheet => ({
  ...worksheet,
  programs: worksheet.programs.map((p) => (p.id === id ? update(p) : p)),
})

/** Sets a program's answer or notes for one question, keeping the wording the question has now. */
export function setAnswer(
  worksheet: Worksheet,
  programId: string,
  question: Pick<WorksheetQuestion, 'id' | 'text'>,
  change: { answer?: Answer; notes?: string },
): Worksheet {
  return updateProgram(worksheet, programId, (p) => {
    const current = p.answers[question.id] ?? { notes: '' }
    const notes = (change.notes ?? current.notes).slice(0, 2000)
    return { ...p, answers: { ...p.answers, [question.id]: { ...current, ...change, notes, question: question.text } } }
  })
}

/** Deletes one answer: only when the reader asks to (for answers to questions no longer in the guide). */
export const removeAnswer = (worksheet: Worksheet, programId: string, questionId: string): Worksheet =>
  updateProgram(worksheet, programId, (p) => ({
    ...p,
    answers: Object.fromEntries(Object.entries(p.answers).filter(([id]) => id !== questionId)),
  }))

/** A program's answers to questions the guide no longer asks, with the wording they had. */
export function retiredAnswers(program: Program, questions: readonly WorksheetQuestion[]): (SavedAnswer & { id: string })[] {
  const current = new Set(questions.map((q) => q.id))
  return Object.entries(program.answers)
    .filter(([id]) => !current.has(id))
    .map(([id, answer]) => ({ id, ...answer }))
}

/** Every question no longer in the guide that some program answered, once each, for the comparison. */
export function retiredQuestions(worksheet: Worksheet, questions: readonly WorksheetQuestion[]): { id: string; question: string }[] {
  const seen = new Map<string, string>()
  for (const p of worksheet.programs) for (const a of retiredAnswers(p, questions)) if (!seen.has(a.id)) seen.set(a.id, a.question)
  return [...seen].map(([id, question]) => ({ id, question }))
}

/** How a question no longer in the guide is named: its saved wording, or its id when version 1 kept none. */
export const retiredWording = ({ id, question }: { id: string; question: string }): string =>
  question || `The question saved as “${id}” (its wording was not kept)`

export const serializeWorksheet = (worksheet: Worksheet): string => `${JSON.stringify(worksheet, null, 2)}\n`

/** The quality signs a program shows: those whose question it answered "yes". */
export function signsShown(program: Program, questions: readonly WorksheetQuestion[]): string[] {
  return questions.filter((q) => q.sign && program.answers[q.id]?.answer === 'yes').map((q) => q.sign as string)
}

/** A new program id that no current program uses. */
export function nextProgramId(worksheet: Worksheet): string {
  let n = worksheet.programs.length + 1
  while (worksheet.programs.some((p) => p.id === `p${n}`)) n += 1
  return `p${n}`
}
