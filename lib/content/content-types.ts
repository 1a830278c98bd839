import type { z } from 'zod'
import { problem, type ContentProblem } from './content-problem'
import type { ContentGraph } from './graph'
import {
  ArticleSchema,
  ChooseItemSchema,
  ClaimCheckSchema,
  ClaimSchema,
  DecisionOptionSchema,
  DecisionValueSchema,
  GlossaryTermSchema,
  HandoutSchema,
  IpdasCriterionSchema,
  LEVEL_ROWS,
  LevelOfCareSchema,
  PageSchema,
  QuestionThemeSchema,
  SourceSchema,
} from './schema'

/**
 * Where each content type lives, which map of the content graph holds it, which schema decides what is valid, and which of its fields are
 * Markdown (cited, checked for safety and wording) or plain text (checked for wording). The check and
 * the pages both read these lists; nowhere else says which fields are Markdown.
 * A Markdown path is a field name, a dotted path (rows.hoursPerWeek), with `*` for every key of a map or item of a list
 * (blocks.*, questions.*.answer). `links` are plain-text fields holding an address on this site, checked like Markdown links.
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
  QuestionTheme: {
    graphKey: 'questionThemes',
    dir: 'questions',
    extension: '.yaml',
    format: 'yaml',
    schema: QuestionThemeSchema,
    markdown: ['questions.*.answer'],
    wording: ['theme', 'questions.*.question'],
    links: ['questions.*.more'],
  },
  DecisionOption: {
    graphKey: 'decisionOptions',
    dir: 'decision-options',
    extension: '.yaml',
    format: 'yaml',
    schema: DecisionOptionSchema,
    markdown: ['typicalWeek', 'goodPoints.*', 'burdens.*', 'research', 'notKnown.*', 'fits.*.why'],
    wording: ['name', 'summary', 'howSure'],
  },
  DecisionValue: {
    graphKey: 'decisionValues',
    dir: 'decision-values',
    extension: '.yaml',
    format: 'yaml',
    schema: DecisionValueSchema,
    markdown: [],
    wording: ['label', 'question'],
  },
  IpdasCriterion: {
    graphKey: 'ipdasCriteria',
    dir: 'ipdas',
    extension: '.yaml',
    format: 'yaml',
    schema: IpdasCriterionSchema,
    markdown: ['how'],
    wording: ['criterion'],
  },
  Handout: {
    graphKey: 'handouts',
    dir: 'handouts',
    extension: '.md',
    format: 'markdown',
    schema: HandoutSchema,
    markdown: ['body'],
    wording: ['title', 'description'],
    links: ['fullPage'],
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
    links?: readonly string[]
  }
>

export type ContentTypeName = keyof typeof CONTENT_TYPES
export const CONTENT_TYPE_NAMES = Object.keys(CONTENT_TYPES) as ContentTypeName[]

/** The file a document came from, as every message names it. */
export const fileOf = (type: ContentTypeName, id: string) => `content/${CONTENT_TYPES[type].dir}/${id}${CONTENT_TYPES[type].extension}`

/** The string values at some paths of a document, by their full path (body, rows.hoursPerWeek, questions.3.answer). */
export function fieldsAt(doc: object, paths: readonly string[]): Record<string, string> {
  const fields: Record<string, string> = {}
  const walk = (value: unknown, parts: string[], at: string[]) => {
    if (parts.length === 0) {
      if (typeof value === 'string') fields[at.join('.')] = value
      return
    }
    if (value === null || typeof value !== 'object') return
    const [part, ...rest] = parts
    const keys = part === '*' ? Object.keys(value) : [part]
    for (const key of keys) walk((value as Record<string, unknown>)[key], rest, [...at, key])
  }
  for (const path of paths) walk(doc, path.split('.'), [])
  return fields
}

/** A document's Markdown fields by their path (body, why, rows.hoursPerWeek, blocks.intro), the ones it has. */
export const markdownFields = (type: ContentTypeName, doc: object) => fieldsAt(doc, CONTENT_TYPES[type].markdown)

/** A document's fields that hold an address on this site, by their path. */
export function linkFields(type: ContentTypeName, doc: object): Record<string, string> {
  const info = CONTENT_TYPES[type]
  return 'links' in info ? fieldsAt(doc, info.links) : {}
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

/** Documents of one type that share an `order` with an earlier one: each needs its own position on its page. */
export function duplicateOrders(type: ContentTypeName, docs: Map<string, { order: number }>, what: string): ContentProblem[] {
  const owners = new Map<number, string>()
  const problems: ContentProblem[] = []
  for (const [id, doc] of docs) {
    const file = fileOf(type, id)
    const owner = owners.get(doc.order)
    if (owner) problems.push(problem(file, 'order', `${doc.order} is also the order of ${owner} (give each ${what} its own position)`))
    else owners.set(doc.order, file)
  }
  return problems
}
