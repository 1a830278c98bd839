import { isAlias, isNode, isScalar, LineCounter, parseDocument, visit, type Document, type Scalar } from 'yaml'
import { problem, type ContentProblem } from './content-problem'
import type { RawFile } from './guard'
import { CONTENT_TYPES } from './content-types'

/** A file's fields as YAML gave them, its Markdown body, and where each field's text starts. */
export interface ParsedFile {
  data: Record<string, unknown>
  body: string
  /** The file line a Markdown field's first line is on, by field path (body, rows.outcomes…). */
  lineOf: (path: string) => number
}

/** Deeper than any real content file: nested brackets or indentation past this are refused before parsing. */
export const MAX_YAML_DEPTH = 12

const FRONT_MATTER_END = /\n---(?:\n|$)/

/** The deepest nesting of [ and { in YAML text, outside quoted strings; a cheap bound before the parser runs. */
function flowDepth(yamlText: string): number {
  let depth = 0
  let deepest = 0
  let quote: string | null = null
  for (const char of yamlText) {
    if (quote) {
      if (char === quote || char === '\n') quote = null
    } else if (char === '"' || char === "'") quote = char
    else if (char === '[' || char === '{') deepest = Math.max(deepest, ++depth)
    else if (char === ']' || char === '}') depth = Math.max(0, depth - 1)
  }
  return deepest
}

/**
 * Parses a file that passed the guard: YAML (the core schema only: no anchors, aliases or tags), and
 * for Markdown files the front matter and body. Syntax errors come back by line; nothing throws.
 */
export function parseContentFile(raw: RawFile): { ok: true; parsed: ParsedFile } | { ok: false; problems: ContentProblem[] } {
  const { file, text } = raw
  let yamlText = text
  let body = ''
  let yamlFirstLine = 1
  let bodyLine = 1
  if (CONTENT_TYPES[raw.type].format === 'markdown') {
    // The guard has checked the file opens with exactly "---\n".
    const rest = text.slice(4)
    const end = FRONT_MATTER_END.exec('\n' + rest)
    if (!end) return { ok: false, problems: [problem(file, '(front matter)', 'is not closed (end the fields with a line of exactly ---)')] }
    yamlText = rest.slice(0, Math.max(0, end.index - 1))
    body = rest.slice(end.index - 1 + end[0].length)
    yamlFirstLine = 2
    bodyLine = yamlFirstLine + (yamlText === '' ? 0 : yamlText.split('\n').length) + 1
  }
  const fail = (line: number, message: string) => ({ ok: false as const, problems: [problem(file, `(line ${line})`, message)] })
  const tooDeep = yamlText.split('\n').findIndex((line) => /^ */.exec(line)![0].length > MAX_YAML_DEPTH * 4)
  if (tooDeep >= 0)
    return fail(
      yamlFirstLine + tooDeep,
      `is indented more than ${MAX_YAML_DEPTH * 4} spaces (content is never nested this deep: flatten it)`,
    )
  if (flowDepth(yamlText) > MAX_YAML_DEPTH)
    return fail(yamlFirstLine, `nests [ ] or { } more than ${MAX_YAML_DEPTH} deep (content is never nested this deep: flatten it)`)

  const lines = new LineCounter()
  const doc = parseDocument(yamlText, {
    lineCounter: lines,
    prettyErrors: false,
    uniqueKeys: true,
    schema: 'core',
    merge: false,
    strict: true,
  })
  const lineAt = (offset: number) => lines.linePos(offset).line + yamlFirstLine - 1
  const problems = [...doc.errors, ...doc.warnings].map((e) =>
    problem(
      file,
      `(line ${lineAt(e.pos[0])})`,
      `YAML does not parse: ${e.message.split('\n')[0]} (fix the syntax; put text that contains a colon or starts with a symbol in quotes)`,
    ),
  )
  visit(doc, (_key, node) => {
    if (!isNode(node)) return
    const at = `(line ${lineAt(node.range?.[0] ?? 0)})`
    if (isAlias(node) || node.anchor)
      problems.push(problem(file, at, 'uses a YAML anchor or alias (& or *), which content never needs (write the value out in full)'))
    // Only a written tag sets node.tag; even the core schema would turn !!binary into bytes.
    else if (node.tag)
      problems.push(problem(file, at, `uses the YAML tag ${node.tag} (remove it: content is plain text, numbers, lists and fields)`))
  })
  if (problems.length) return { ok: false, problems }

  const data: unknown = doc.toJS({ maxAliasCount: 0 })
  if (data === null || data === undefined)
    return fail(
      yamlFirstLine,
      CONTENT_TYPES[raw.type].format === 'markdown'
        ? 'the front matter is empty (write one field: value per line)'
        : 'the file is empty (write one field: value per line)',
    )
  if (typeof data !== 'object' || Array.isArray(data))
    return fail(yamlFirstLine, 'is not a set of fields (write one field: value per line)')

  return {
    ok: true,
    parsed: { data: data as Record<string, unknown>, body, lineOf: (path) => (path === 'body' ? bodyLine : fieldLine(doc, path, lineAt)) },
  }
}

/** The line a field's text starts on: the key's line, or the next one for a block scalar (| or >). */
function fieldLine(doc: Document, path: string, lineAt: (offset: number) => number): number {
  const node = doc.getIn(path.split('.'), true)
  if (!isScalar(node) || !node.range) return 0
  const block = (node as Scalar).type === 'BLOCK_LITERAL' || (node as Scalar).type === 'BLOCK_FOLDED'
  return lineAt(node.range[0]) + (block ? 1 : 0)
}
