import * as z from 'zod/mini'

/** The program worksheet's state and its rules, kept apart from the UI so they can be tested. */

export const MAX_PROGRAMS = 5
export const MAX_IMPORT_BYTES = 100_000
export const STORAGE_KEY = 'iop-guide-worksheet'
export const ANSWERS = ['yes', 'no', 'not-sure'] as const
export type Answer = (typeof ANSWERS)[number]

// zod/mini: the same validation as zod, a fraction of the size, because this module ships to the browser.
const AnswerSchema = z.strictObject({
  answer: z.optional(z.enum(ANSWERS)),
  notes: z._default(z.string().check(z.maxLength(2000)), ''),
})

const ProgramSchema = z.strictObject({
  id: z.string().check(z.regex(/^p[0-9a-z]{1,20}$/)),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(120)),
  answers: z.record(z.string(), AnswerSchema),
})

export const WorksheetSchema = z.strictObject({
  kind: z.literal('iop-guide-worksheet'),
  version: z.literal(1),
  programs: z.array(ProgramSchema).check(z.maxLength(MAX_PROGRAMS)),
})

export type Worksheet = z.infer<typeof WorksheetSchema>
export type Program = Worksheet['programs'][number]

export const emptyWorksheet = (): Worksheet => ({ kind: 'iop-guide-worksheet', version: 1, programs: [] })

type Result = { ok: true; worksheet: Worksheet } | { ok: false; error: string }

/** Adds a program by name; refuses a blank name, a sixth program, or a name already used. */
export function addProgram(worksheet: Worksheet, name: string, id: string): Result {
  const trimmed = name.trim()
  if (!trimmed) return { ok: false, error: 'Type the program’s name first.' }
  if (worksheet.programs.length >= MAX_PROGRAMS)
    return { ok: false, error: `You can compare up to ${MAX_PROGRAMS} programs. Remove one to add another.` }
  if (worksheet.programs.some((p) => p.name.toLowerCase() === trimmed.toLowerCase()))
    return { ok: false, error: `“${trimmed}” is already on your list.` }
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

/** Sets a program's answer or notes for one question. */
export function setAnswer(
  worksheet: Worksheet,
  programId: string,
  questionId: string,
  change: { answer?: Answer; notes?: string },
): Worksheet {
  return {
    ...worksheet,
    programs: worksheet.programs.map((p) => {
      if (p.id !== programId) return p
      const current = p.answers[questionId] ?? { notes: '' }
      return {
        ...p,
        answers: { ...p.answers, [questionId]: { ...current, ...change, notes: (change.notes ?? current.notes).slice(0, 2000) } },
      }
    }),
  }
}

export const serializeWorksheet = (worksheet: Worksheet): string => `${JSON.stringify(worksheet, null, 2)}\n`

/**
 * Reads a worksheet file (or saved state). Anything that is not exactly our format, too large, or about
 * questions this worksheet does not ask is refused with a message a family can act on.
 */
export function parseWorksheet(text: string, questionIds: readonly string[]): Result {
  if (new TextEncoder().encode(text).length > MAX_IMPORT_BYTES)
    return { ok: false, error: 'This file is too large to be a worksheet from this site. Nothing was changed.' }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return { ok: false, error: 'This file is not a worksheet saved from this site (it is not readable JSON). Nothing was changed.' }
  }
  const parsed = WorksheetSchema.safeParse(data)
  if (!parsed.success)
    return { ok: false, error: 'This file is not a worksheet saved from this site, or it is damaged. Nothing was changed.' }
  const known = new Set(questionIds)
  const unknown = parsed.data.programs.flatMap((p) => Object.keys(p.answers)).filter((q) => !known.has(q))
  if (unknown.length > 0)
    return { ok: false, error: 'This worksheet has answers to questions this site no longer asks. Nothing was changed.' }
  const ids = parsed.data.programs.map((p) => p.id)
  if (new Set(ids).size !== ids.length) return { ok: false, error: 'This file is damaged (two programs share an id). Nothing was changed.' }
  return { ok: true, worksheet: parsed.data }
}

/** The quality signs a program shows: those whose question it answered "yes". */
export function signsShown(program: Program, questions: readonly { id: string; sign?: string }[]): string[] {
  return questions.filter((q) => q.sign && program.answers[q.id]?.answer === 'yes').map((q) => q.sign as string)
}

/** A new program id that no current program uses. */
export function nextProgramId(worksheet: Worksheet): string {
  let n = worksheet.programs.length + 1
  while (worksheet.programs.some((p) => p.id === `p${n}`)) n += 1
  return `p${n}`
}
