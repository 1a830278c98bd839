import * as z from 'zod/mini'

/**
 * Figures written in Markdown as a fenced block, drawn at build time as inline SVG (components/figures/):
 *
 * ```figure
 * kind: icon-array
 * count: 12
 * label: About 12 in 100 people in specialty treatment were in an IOP
 * claim: iop-share-of-specialty-treatment
 * ```
 *
 * An icon array always shows 100 people, so every "x in 100" has the same denominator. The claim is cited in the
 * figure's caption, and the check makes sure the count appears in the claim's statement: a picture says no more than
 * its claim.
 */
export const FigureSchema = z.strictObject({
  kind: z.literal('icon-array'),
  count: z.int().check(z.gte(0), z.lte(100)),
  label: z.string().check(z.trim(), z.minLength(5), z.maxLength(200)),
  claim: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
})
export type Figure = z.infer<typeof FigureSchema>

export const FIGURE_HELP = 'write kind: icon-array, count: <0–100>, label: <the fact in words>, claim: <claim id>, one per line'

/** Reads a figure block's `key: value` lines; the message says what is wrong and how to fix it. */
export function parseFigure(text: string): { ok: true; figure: Figure } | { ok: false; message: string } {
  const fields: Record<string, unknown> = {}
  for (const line of text.split('\n')) {
    if (!line.trim()) continue
    const match = /^([a-z]+):\s*(.*)$/.exec(line.trim())
    if (!match) return { ok: false, message: `figure line "${line.trim().slice(0, 40)}" is not key: value (${FIGURE_HELP})` }
    const [, key, value] = match
    if (Object.hasOwn(fields, key)) return { ok: false, message: `figure has "${key}" twice (${FIGURE_HELP})` }
    fields[key] = key === 'count' && /^\d{1,3}$/.test(value) ? Number(value) : value.replace(/^"(.*)"$/, '$1')
  }
  const result = FigureSchema.safeParse(fields)
  if (!result.success) {
    const issue = result.error.issues[0]
    return { ok: false, message: `figure ${issue.path.join('.') || 'block'} is not valid (${FIGURE_HELP})` }
  }
  return { ok: true, figure: result.data }
}
