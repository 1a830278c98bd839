import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Root } from 'mdast'
import type { z } from 'zod'
import { findUnsafeMarkdown, listCitations } from '../markdown/inspect-markdown'
import { parseMarkdown } from '../markdown/parse-markdown'
import { measureReadability, type Readability } from '../readability'
import { problem, problemsFromZod, type ContentProblem } from './content-problem'
import { CONTENT_TYPES, type ContentTypeName } from './content-types'
import { findBrokenReferences, type ContentGraph } from './find-broken-references'
import { findForbiddenWording } from './find-forbidden-wording'
import { parseContentFile } from './read-content-file'

export const READABILITY_WARN = 8
export const READABILITY_FAIL = 10

export interface ContentReport {
  problems: ContentProblem[]
  /** Files found on disk, per type: each must become exactly one document. */
  filesOnDisk: Record<ContentTypeName, string[]>
  readability: { file: string; score: Readability }[]
}

interface LoadedFile<T> {
  id: string
  file: string
  data: T
  body: string
  bodyLine: number
}

/** Reads every content file, validates it with its schema, then checks what the files say of each other. */
export function validateContent(contentDir: string, today: string): ContentReport {
  const problems: ContentProblem[] = []
  const filesOnDisk = {} as Record<ContentTypeName, string[]>
  const readability: ContentReport['readability'] = []
  const graph: ContentGraph = { sources: new Map(), claims: new Map(), articles: new Map(), glossary: new Map(), claimChecks: new Map(), invalidIds: new Set(), citations: [] }

  /** Lists, parses and validates one type's files; files that fail are reported, never dropped silently. */
  function load<N extends ContentTypeName>(name: N): LoadedFile<z.infer<(typeof CONTENT_TYPES)[N]['schema']>>[] {
    const type = CONTENT_TYPES[name]
    const loaded: LoadedFile<z.infer<(typeof CONTENT_TYPES)[N]['schema']>>[] = []
    filesOnDisk[name] = []
    // Git keeps no empty folders: a type with no files yet simply has no folder.
    const dir = join(contentDir, type.dir)
    const entries = existsSync(dir) ? readdirSync(dir).filter((e) => !e.startsWith('.')).sort() : []
    for (const entry of entries) {
      const file = `content/${type.dir}/${entry}`
      if (!entry.endsWith(type.extension)) {
        problems.push(problem(file, '(file name)', `is not a ${type.extension} file, so it would not load (rename it or move it out of content/)`))
        continue
      }
      filesOnDisk[name].push(file)
      const id = entry.slice(0, -type.extension.length)
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) problems.push(problem(file, '(file name)', 'is not a valid id (use lower-case words joined by hyphens)'))
      const parsed = parseContentFile(file, readFileSync(join(contentDir, type.dir, entry), 'utf8'), type.format)
      if (!parsed.ok) {
        problems.push(...parsed.problems)
        graph.invalidIds.add(id)
        continue
      }
      const result = type.schema.safeParse(parsed.data)
      if (!result.success) {
        problems.push(...problemsFromZod(file, result.error))
        graph.invalidIds.add(id)
      }
      else loaded.push({ id, file, data: result.data as z.infer<(typeof CONTENT_TYPES)[N]['schema']>, body: parsed.body ?? '', bodyLine: parsed.bodyLine })
    }
    return loaded
  }

  /** Checks one Markdown field: safety, wording, and the citations it makes. */
  function checkMarkdown(file: string, field: string, markdown: string, firstLine = 1): Root {
    const tree = parseMarkdown(markdown)
    const at = (line: number) => `${field} (line ${line + firstLine - 1})`
    for (const f of findUnsafeMarkdown(tree)) problems.push(problem(file, at(f.line), f.message))
    for (const c of listCitations(tree)) for (const { id } of c.items) graph.citations.push({ file, field, line: c.line + firstLine - 1, id })
    for (const hit of findForbiddenWording(markdown, firstLine)) problems.push(problem(file, `${field} (line ${hit.line})`, hit.message))
    return tree
  }

  const checkWording = (file: string, field: string, text: string) => {
    for (const hit of findForbiddenWording(text)) problems.push(problem(file, field, hit.message))
  }

  for (const { id, file, data } of load('Source')) {
    if (data.id && data.id !== id) problems.push(problem(file, 'id', `"${data.id}" does not match the file name (make them the same, or remove id)`))
    graph.sources.set(id, { file, data })
  }
  for (const { id, file, data } of load('Claim')) {
    checkWording(file, 'statement', data.statement)
    graph.claims.set(id, { file, data })
  }
  for (const { id, file, data } of load('GlossaryTerm')) {
    checkMarkdown(file, 'definition', data.definition)
    graph.glossary.set(id, { file, data })
  }
  for (const { id, file, data } of load('ClaimCheck')) {
    // claimedAs quotes what sites say, so it is exempt from the wording check.
    checkMarkdown(file, 'explanation', data.explanation)
    checkWording(file, 'summary', data.summary)
    graph.claimChecks.set(id, { file, data })
  }
  for (const { file, data } of load('LevelOfCare')) {
    if (data.nextReview < today) problems.push(problem(file, 'nextReview', `${data.nextReview} has passed (review the level, then set lastReviewed and a new nextReview)`))
    for (const [row, markdown] of Object.entries(data.rows)) checkMarkdown(file, `rows.${row}`, markdown)
  }
  const chooseItems = load('ChooseItem')
  const chooseKinds = new Map(chooseItems.map((i) => [i.id, i.data.kind]))
  for (const { file, data } of chooseItems) {
    if (data.sign && chooseKinds.get(data.sign) !== 'quality-sign')
      problems.push(problem(file, 'sign', `"${data.sign}" names no quality sign (use the id of a kind: quality-sign file in content/choose/)`))
    checkMarkdown(file, 'why', data.why)
    if (data.goodAnswer) checkMarkdown(file, 'goodAnswer', data.goodAnswer)
    if (data.kind === 'question' && !data.goodAnswer) problems.push(problem(file, 'goodAnswer', 'is missing (a question needs what a good answer sounds like)'))
  }
  for (const { id, file, data, body, bodyLine } of load('Article')) {
    checkWording(file, 'title', data.title)
    checkWording(file, 'description', data.description)
    graph.articles.set(id, { file, data })
    if (data.nextReview < today)
      problems.push(problem(file, 'nextReview', `${data.nextReview} has passed (review the article, then set lastReviewed and a new nextReview)`))
    const tree = checkMarkdown(file, 'body', body, bodyLine)
    if (listCitations(tree).length === 0) problems.push(problem(file, 'body', 'cites nothing (every effect, number or recommendation needs [@claim-id])'))
    const score = measureReadability(tree)
    readability.push({ file, score })
    if (score.grade > READABILITY_WARN) {
      const isFailing = score.grade > READABILITY_FAIL
      const worst = score.worstSentences.slice(0, 3).map((s) => `\n    - (${s.words} words) ${s.text}`)
      problems.push(
        problem(file, 'body', `reading grade ${score.grade} is above ${isFailing ? READABILITY_FAIL : READABILITY_WARN} (shorten these sentences, use plainer words):${worst.join('')}`, isFailing ? 'error' : 'warning'),
      )
    }
  }
  problems.push(...findBrokenReferences(graph))
  return { problems, filesOnDisk, readability }
}
