import type { z } from 'zod'
import type { ContentGraph } from './graph'
import {
  ArticleSchema,
  ChooseItemSchema,
  ClaimCheckSchema,
  ClaimSchema,
  GlossaryTermSchema,
  LEVEL_ROWS,
  LevelOfCareSchema,
  PageSchema,
  SourceSchema,
} from './schema'

/**
 * Where each content type lives, which map of the content graph holds it, which schema decides what is valid, and which of its fields are
 * Markdown (cited, checked for safety and wording) or plain text (checked for wording). The check and
 * the pages both read these lists; nowhere else says which fields are Markdown.
 * A Markdown path is a field name, a dotted path (rows.hoursPerWeek), or `name.*` for every key of a map.
 */
export const CONTENT_TYPES = {
  Source: { graphKey: 'sources', dir: 'sources', extension: '.yaml', format: 'yaml', schema: SourceSchema, markdown: [], wording: [] },
  Claim: {
    graphKey: 'claims',
    dir: 'claims',
    extension: '.yaml',
    format: 'yaml',
    schema: ClaimSchema,
    markdown: [],
    wording: ['statement'],
  },
  Article: {
    graphKey: 'articles',
    dir: 'articles',
    extension: '.md',
    format: 'markdown',
    schema: ArticleSchema,
    markdown: ['body'],
    wording: ['title', 'description'],
  },
  GlossaryTerm: {
    graphKey: 'glossary',
    dir: 'glossary',
    extension: '.yaml',
    format: 'yaml',
    schema: GlossaryTermSchema,
    markdown: ['definition'],
    wording: [],
  },
  // claimedAs quotes what sites say, so it is exempt from the wording check.
  ClaimCheck: {
    graphKey: 'claimChecks',
    dir: 'claim-checks',
    extension: '.yaml',
    format: 'yaml',
    schema: ClaimCheckSchema,
    markdown: ['explanation'],
    wording: ['summary'],
  },
  LevelOfCare: {
    graphKey: 'levelsOfCare',
    dir: 'levels-of-care',
    extension: '.yaml',
    format: 'yaml',
    schema: LevelOfCareSchema,
    markdown: LEVEL_ROWS.map((row) => `rows.${row}`),
    wording: ['name', 'summary'],
  },
  ChooseItem: {
    graphKey: 'chooseItems',
    dir: 'choose',
    extension: '.yaml',
    format: 'yaml',
    schema: ChooseItemSchema,
    markdown: ['why', 'goodAnswer'],
    wording: ['text'],
  },
  Page: {
    graphKey: 'pages',
    dir: 'pages',
    extension: '.md',
    format: 'markdown',
    schema: PageSchema,
    markdown: ['body', 'blocks.*'],
    wording: ['title', 'description'],
  },
} as const satisfies Record<
  string,
  {
    graphKey: keyof ContentGraph
    dir: string
    extension: string
    format: 'yaml' | 'markdown'
    schema: z.ZodType
    markdown: readonly string[]
    wording: readonly string[]
  }
>

export type ContentTypeName = keyof typeof CONTENT_TYPES
export const CONTENT_TYPE_NAMES = Object.keys(CONTENT_TYPES) as ContentTypeName[]

/** The file a document came from, as every message names it. */
export const fileOf = (type: ContentTypeName, id: string) => `content/${CONTENT_TYPES[type].dir}/${id}${CONTENT_TYPES[type].extension}`

/** A document's Markdown fields by their path (body, why, rows.hoursPerWeek, blocks.intro), the ones it has. */
export function markdownFields(type: ContentTypeName, doc: object): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const path of CONTENT_TYPES[type].markdown) {
    const parts = path.split('.')
    let value: unknown = doc
    for (const part of parts.slice(0, -1)) value = (value as Record<string, unknown> | undefined)?.[part]
    const last = parts.at(-1)!
    const entries =
      last === '*'
        ? Object.entries((value as Record<string, unknown>) ?? {})
        : [[last, (value as Record<string, unknown> | undefined)?.[last]]]
    const prefix = parts.slice(0, -1).join('.')
    for (const [key, markdown] of entries) if (typeof markdown === 'string') fields[prefix ? `${prefix}.${key}` : String(key)] = markdown
  }
  return fields
}

/** The name a document's Markdown field has among a page's cited blocks: `<id>.<field path>`. */
export const blockName = (id: string, field: string) => `${id}.${field}`

/** The Markdown fields of some documents, named by blockName, in the documents' order: what a page cites. */
export function markdownBlocks(type: ContentTypeName, docs: ({ id: string } | { slug: string })[]): Record<string, string> {
  return Object.fromEntries(
    docs.flatMap((doc) => {
      const id = 'id' in doc ? doc.id : doc.slug
      return Object.entries(markdownFields(type, doc)).map(([field, markdown]) => [blockName(id, field), markdown])
    }),
  )
}
