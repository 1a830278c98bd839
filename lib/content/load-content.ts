import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { z } from 'zod'
import { formatProblem, problemsFromZod } from './content-problem'
import { CONTENT_TYPES, type ContentTypeName } from './content-types'
import type { Article, ChooseItem, Claim, ClaimCheck, GlossaryTerm, LevelOfCare, Source } from './schema'

interface GeneratedDocument {
  _raw: { sourceFilePath: string; sourceFileName: string }
  body?: { raw: string }
}

/**
 * Parses what contentlayer2 generated with the same Zod schemas the content check uses,
 * so pages only ever see valid, typed content. Throws (failing the build) on anything invalid.
 */
function parseGenerated<N extends ContentTypeName>(name: N) {
  const type = CONTENT_TYPES[name]
  // contentlayer2's generated index.d.ts is not valid TypeScript for CSL's hyphenated field names,
  // so read its JSON output directly (server-side, at build time only).
  const index = join(process.cwd(), '.contentlayer/generated', name, '_index.json')
  // contentlayer2 writes no index for a type with no files yet.
  const docs = existsSync(index) ? (JSON.parse(readFileSync(index, 'utf8')) as GeneratedDocument[]) : []
  return docs.map((doc) => {
    const fields = Object.fromEntries(Object.entries(doc).filter(([key]) => !['_id', '_raw', 'body', 'contentType'].includes(key)))
    const result = type.schema.safeParse(fields)
    if (!result.success) throw new Error(problemsFromZod(`content/${doc._raw.sourceFilePath}`, result.error).map(formatProblem).join('\n'))
    const id = doc._raw.sourceFileName.slice(0, -type.extension.length)
    return { id, data: result.data as z.infer<(typeof CONTENT_TYPES)[N]['schema']>, body: doc.body?.raw ?? '' }
  })
}

const toMap = <T>(entries: [string, T][]) => new Map(entries)

/** All content, validated once per build, keyed by id (articles by slug). */
export const content = {
  sources: toMap(parseGenerated('Source').map(({ id, data }): [string, Source] => [id, { ...data, id }])),
  claims: toMap(parseGenerated('Claim').map(({ id, data }): [string, Claim] => [id, { ...data, id }])),
  articles: toMap(parseGenerated('Article').map(({ id, data, body }): [string, Article] => [id, { ...data, slug: id, body }])),
  glossary: toMap(parseGenerated('GlossaryTerm').map(({ id, data }): [string, GlossaryTerm] => [id, { ...data, id }])),
  claimChecks: toMap(parseGenerated('ClaimCheck').map(({ id, data }): [string, ClaimCheck] => [id, { ...data, id }])),
  levelsOfCare: toMap(parseGenerated('LevelOfCare').map(({ id, data }): [string, LevelOfCare] => [id, { ...data, id }])),
  chooseItems: toMap(parseGenerated('ChooseItem').map(({ id, data }): [string, ChooseItem] => [id, { ...data, id }])),
}
