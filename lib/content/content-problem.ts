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

const EMPTY = 'is empty (write a value after the colon, or delete the line)'

const TYPE_WORDS: Record<string, [string, string]> = {
  string: ['text', 'write it out, in quotes if it contains a colon'],
  number: ['a number', 'write digits only, e.g. 3'],
  int: ['a whole number', 'write digits only, e.g. 3'],
  boolean: ['true or false', 'write true or false'],
  array: ['a list', 'write it as [a, b] or as lines starting with "- "'],
  object: ['a set of fields', 'write each field on its own line, indented under this one'],
  record: ['a set of fields', 'write each field on its own line, indented under this one'],
}
const describeValue = (value: unknown) =>
  Array.isArray(value)
    ? 'a list'
    : value === null
      ? 'empty'
      : typeof value === 'object'
        ? 'a set of fields'
        : typeof value === 'string'
          ? 'text'
          : `a ${typeof value}`

/**
 * The one error map: every Zod issue that has no message of its own in the schema gets one that says
 * what is wrong and how to fix it. Used for every content parse (schema messages take precedence).
 */
export function contentErrorMap(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.input === undefined && issue.code === 'invalid_type') return MISSING
  if (issue.input === null) return EMPTY
  switch (issue.code) {
    case 'invalid_type': {
      const [words, fix] = TYPE_WORDS[issue.expected] ?? [issue.expected, 'see the example in README.md']
      return `should be ${words}, not ${describeValue(issue.input)} (${fix})`
    }
    case 'too_small':
      return issue.origin === 'array'
        ? `needs at least ${issue.minimum} (add ${issue.minimum === 1 ? 'one' : 'more'})`
        : `is too small (use at least ${issue.minimum})`
    case 'too_big':
      return issue.origin === 'array' ? `has more than ${issue.maximum} (remove some)` : `is too big (use at most ${issue.maximum})`
    case 'invalid_value':
      return `is not one of the allowed values (use one of: ${issue.values.map(String).join(', ')})`
    case 'invalid_format':
      return `is not in the right form (${issue.format === 'regex' ? 'see the example in README.md' : `write a valid ${issue.format}`})`
    case 'invalid_union':
      return 'does not match any allowed form (see the example in README.md)'
    case 'invalid_key':
      return 'has a name that is not allowed (use lower-case words joined by hyphens)'
    case 'invalid_element':
      return 'has a value that is not allowed'
    default:
      return undefined
  }
}

/** Paths (dotted) of every null value: YAML's reading of `field:` with nothing after it. */
export function emptyFields(data: unknown, path: string[] = []): string[] {
  if (data === null) return [path.join('.') || '(top level)']
  if (typeof data !== 'object') return []
  return Object.entries(data as Record<string, unknown>).flatMap(([key, value]) => emptyFields(value, [...path, key]))
}

/** Turns every Zod issue into a problem naming the field and the fix; `skip` holds fields already reported. */
export function problemsFromZod(file: string, error: z.ZodError, skip: ReadonlySet<string> = new Set()): ContentProblem[] {
  return error.issues.flatMap((issue) => {
    const field = issue.path.map(String).join('.') || '(top level)'
    if (skip.has(field)) return []
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) =>
        problem(
          file,
          [...issue.path, key].map(String).join('.'),
          'unknown field (remove it, or check its spelling against lib/content/schema.ts)',
        ),
      )
    }
    if (issue.message === MISSING)
      return [problem(file, field, `is missing (add ${String(issue.path.at(-1) ?? 'it')}: … — it is required)`)]
    return [problem(file, field, issue.message)]
  })
}
