import type { z } from 'zod'
import { MISSING } from './schema'

/** One thing wrong with the content, printed as `file: field: what is wrong (how to fix)`. */
export interface ContentProblem {
  file: string
  field: string
  message: string
  severity: 'error' | 'warning'
}

export const problem = (file: string, field: string, message: string, severity: ContentProblem['severity'] = 'error'): ContentProblem => ({
  file,
  field,
  message,
  severity,
})

export const formatProblem = (p: ContentProblem) => `${p.file}: ${p.field}: ${p.message}`

/** Turns every Zod issue into a problem naming the field and the fix. */
export function problemsFromZod(file: string, error: z.ZodError, fieldPrefix = ''): ContentProblem[] {
  return error.issues.flatMap((issue) => {
    const field = fieldPrefix + (issue.path.map(String).join('.') || '(top level)')
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) =>
        problem(file, fieldPrefix + [...issue.path, key].map(String).join('.'), 'unknown field (remove it, or check its spelling against lib/content/schema.ts)'),
      )
    }
    if (issue.message === MISSING || (issue.code === 'invalid_type' && /received undefined/.test(issue.message))) {
      return [problem(file, field, `is missing (add ${String(issue.path.at(-1) ?? 'it')}: … — it is required)`)]
    }
    return [problem(file, field, issue.message)]
  })
}
