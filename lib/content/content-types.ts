import type { z } from 'zod'
import { ArticleSchema, ChooseItemSchema, ClaimCheckSchema, ClaimSchema, GlossaryTermSchema, LevelOfCareSchema, SourceSchema } from './schema'

/** Where each content type lives and which schema decides what is valid. */
export const CONTENT_TYPES = {
  Source: { dir: 'sources', extension: '.yaml', format: 'yaml', schema: SourceSchema },
  Claim: { dir: 'claims', extension: '.yaml', format: 'yaml', schema: ClaimSchema },
  Article: { dir: 'articles', extension: '.md', format: 'markdown', schema: ArticleSchema },
  GlossaryTerm: { dir: 'glossary', extension: '.yaml', format: 'yaml', schema: GlossaryTermSchema },
  ClaimCheck: { dir: 'claim-checks', extension: '.yaml', format: 'yaml', schema: ClaimCheckSchema },
  LevelOfCare: { dir: 'levels-of-care', extension: '.yaml', format: 'yaml', schema: LevelOfCareSchema },
  ChooseItem: { dir: 'choose', extension: '.yaml', format: 'yaml', schema: ChooseItemSchema },
} as const satisfies Record<string, { dir: string; extension: string; format: 'yaml' | 'markdown'; schema: z.ZodType }>

export type ContentTypeName = keyof typeof CONTENT_TYPES

/** The top-level field names a schema allows, for contentlayer2's (deliberately loose) field list. */
export function fieldNamesOf(schema: z.ZodType): string[] {
  let inner: unknown = schema
  // Unwrap refinements/pipes down to the object shape.
  while (inner && typeof inner === 'object' && !('shape' in inner)) {
    const def = (inner as { def?: { in?: unknown; innerType?: unknown; schema?: unknown } }).def
    inner = def?.in ?? def?.innerType ?? def?.schema
  }
  return Object.keys((inner as { shape: Record<string, unknown> }).shape)
}
