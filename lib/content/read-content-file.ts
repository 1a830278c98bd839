import { parseDocument } from 'yaml'
import { problem, type ContentProblem } from './content-problem'

export type ParsedFile = { ok: true; data: unknown; body?: string; bodyLine: number } | { ok: false; problems: ContentProblem[] }

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/

/** Parses a YAML file, or a Markdown file's front matter and body, reporting syntax errors by line. */
export function parseContentFile(file: string, source: string, format: 'yaml' | 'markdown'): ParsedFile {
  let yamlText = source
  let body: string | undefined
  let bodyLine = 1
  if (format === 'markdown') {
    const match = FRONT_MATTER.exec(source)
    if (!match) return { ok: false, problems: [problem(file, '(front matter)', 'missing (start the file with a --- line, the fields, then another --- line)')] }
    yamlText = match[1]
    body = source.slice(match[0].length)
    bodyLine = match[0].split('\n').length
  }
  const doc = parseDocument(yamlText, { prettyErrors: false })
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => {
        // Count lines up to the error's offset (+1 past the opening --- of front matter).
        const line = yamlText.slice(0, e.pos[0]).split('\n').length + (format === 'markdown' ? 1 : 0)
        return problem(file, `(line ${line})`, `YAML does not parse: ${e.message.split('\n')[0]} (fix the syntax; quote text that contains a colon)`)
      }),
    }
  }
  const data: unknown = doc.toJS()
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, problems: [problem(file, '(top level)', 'is not a set of fields (write one field: value per line)')] }
  }
  return { ok: true, data, body, bodyLine }
}
