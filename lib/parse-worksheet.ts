import * as z from 'zod/mini'
import { parseVisitorJson } from './safe-json'
import {
  ANSWERS,
  CURRENT_VERSION,
  MAX_IMPORT_BYTES,
  MAX_PROGRAMS,
  Notes,
  QuestionId,
  WorksheetSchema,
  emptyWorksheet,
  isSameName,
  programFields,
  retiredAnswers,
  type Program,
  type Result,
  type Worksheet,
  type WorksheetQuestion,
} from './worksheet'

/** Reading a worksheet file or saved state: size and safety checks, older versions, renamed questions. */

/** Version 1: answers without the question's wording. */
const WorksheetV1Schema = z.strictObject({
  kind: z.literal('iop-guide-worksheet'),
  version: z.literal(1),
  programs: z
    .array(
      z.strictObject({
        ...programFields,
        answers: z.record(QuestionId, z.strictObject({ answer: z.optional(z.enum(ANSWERS)), notes: Notes })),
      }),
    )
    .check(z.maxLength(MAX_PROGRAMS)),
})

const HeaderSchema = z.looseObject({ kind: z.literal('iop-guide-worksheet'), version: z.int() })

/** The message for a file too large to be a worksheet; checked on the file's size before it is read. */
export const sizeError = (bytes: number): string | undefined =>
  bytes > MAX_IMPORT_BYTES ? 'This file is too large to be a worksheet from this site. Nothing was changed.' : undefined

/**
 * Reads a worksheet file (or saved state), migrating older versions. Anything that is not our format,
 * too large or unsafe is refused with a message a family can act on. Answers to questions the guide
 * no longer asks are kept.
 */
export function parseWorksheet(text: string, questions: readonly WorksheetQuestion[]): Result {
  const json = parseVisitorJson(text, MAX_IMPORT_BYTES, 'a worksheet')
  if (!json.ok) return json
  const data = json.data
  const header = HeaderSchema.safeParse(data)
  if (header.success && header.data.version > CURRENT_VERSION)
    return {
      ok: false,
      error: 'This worksheet was saved by a newer version of this site. Reload the page and open it again. Nothing was changed.',
    }
  const worksheet = readVersion(data, questions)
  if (!worksheet) return { ok: false, error: 'This file is not a worksheet saved from this site, or it is damaged. Nothing was changed.' }
  const ids = worksheet.programs.map((p) => p.id)
  if (new Set(ids).size !== ids.length) return { ok: false, error: 'This file is damaged (two programs share an id). Nothing was changed.' }
  const twin = worksheet.programs.find((p, i) => worksheet.programs.slice(0, i).some((q) => isSameName(q.name, p.name)))
  if (twin) return { ok: false, error: `This file lists “${twin.name}” twice. Each program needs its own name. Nothing was changed.` }
  return { ok: true, worksheet: { ...worksheet, programs: worksheet.programs.map((p) => matchRenamedQuestions(p, questions)) } }
}

function readVersion(data: unknown, questions: readonly WorksheetQuestion[]): Worksheet | undefined {
  const current = WorksheetSchema.safeParse(data)
  if (current.success) return current.data
  const v1 = WorksheetV1Schema.safeParse(data)
  if (!v1.success) return undefined
  // Version 1 kept no wording: take today's, which is the wording the reader saw if the question is still asked.
  const wording = new Map(questions.map((q) => [q.id, q.text]))
  return {
    ...emptyWorksheet(),
    programs: v1.data.programs.map((p) => ({
      ...p,
      answers: Object.fromEntries(Object.entries(p.answers).map(([id, a]) => [id, { question: wording.get(id) ?? '', ...a }])),
    })),
  }
}

/** An answer whose question id left the guide moves to the question that now has its exact wording (a renamed file). */
function matchRenamedQuestions(program: Program, questions: readonly WorksheetQuestion[]): Program {
  const answers = { ...program.answers }
  for (const retired of retiredAnswers(program, questions)) {
    const renamed = questions.find((q) => retired.question && q.text === retired.question && !Object.hasOwn(answers, q.id))
    if (!renamed) continue
    answers[renamed.id] = program.answers[retired.id]
    delete answers[retired.id]
  }
  return { ...program, answers }
}
