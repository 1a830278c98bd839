import { describe, expect, it } from 'vitest'
import { problemsFromZod, formatProblem } from '@/lib/content/content-problem'
import { readContentTree } from '@/lib/content/guard'
import { parseContentFile } from '@/lib/content/parse-file'
import { ArticleSchema, ClaimCheckSchema, ClaimSchema, GlossaryTermSchema, SourceSchema } from '@/lib/content/schema'

const FIXTURES = 'tests/fixtures/content'
const fixtures = readContentTree(FIXTURES).files
const readYaml = (path: string) => {
  const raw = fixtures.find((f) => `${FIXTURES}/${f.file.slice('content/'.length)}` === path)
  const parsed = raw && parseContentFile(raw)
  if (!parsed?.ok) throw new Error(`fixture ${path} does not parse`)
  return parsed.parsed.data
}
const messages = (schema: { safeParse: (d: unknown) => { success: boolean; error?: unknown } }, data: unknown) => {
  const result = schema.safeParse(data)
  return result.success ? [] : problemsFromZod('x.yaml', result.error as never).map(formatProblem)
}

const omit = (data: Record<string, unknown>, ...keys: string[]) =>
  Object.fromEntries(Object.entries(data).filter(([k]) => !keys.includes(k)))

const source = readYaml(`${FIXTURES}/sources/mccarty-2014-iop.yaml`)
const effect = readYaml(`${FIXTURES}/claims/iop-comparable-to-inpatient.yaml`)
const definition = readYaml(`${FIXTURES}/claims/medicare-covers-iop.yaml`)
const article = readYaml(`${FIXTURES}/articles/do-iops-work.md`)

describe('SourceSchema', () => {
  it('accepts a CSL-JSON journal article with DOI, PMID and PMCID', () => {
    expect(messages(SourceSchema, source)).toEqual([])
  })
  it('accepts a government web page identified only by its URL', () => {
    expect(messages(SourceSchema, readYaml(`${FIXTURES}/sources/medicare-gov-iop-coverage.yaml`))).toEqual([])
  })
  it('rejects a source with no DOI, PMID or URL', () => {
    expect(messages(SourceSchema, omit(source, 'DOI', 'PMID', 'PMCID'))).toEqual([
      'x.yaml: DOI: no identifier (add at least one of DOI, PMID or URL)',
    ])
  })
  it.each([
    ['DOI', 'https://doi.org/10.1176/x', 'x.yaml: DOI: not a DOI (write it as 10.xxxx/…, without https://doi.org/)'],
    ['PMID', 'PM24445620', 'x.yaml: PMID: not a PubMed id (digits only, e.g. "24445620")'],
    ['PMCID', '4152944', 'x.yaml: PMCID: not a PMC id (write it as PMC1234567)'],
    ['URL', 'javascript:alert(1)', 'x.yaml: URL: not a web address (write the full https:// address)'],
  ])('rejects a malformed %s', (field, value, message) => {
    expect(messages(SourceSchema, { ...source, [field]: value })).toEqual([message])
  })
  it('rejects an unknown design with the allowed list', () => {
    expect(messages(SourceSchema, { ...source, design: 'blog' })[0]).toMatch(
      /^x\.yaml: design: unknown design \(use: systematic-review, meta-analysis, rct/,
    )
  })
})

describe('ClaimSchema', () => {
  it('accepts a graded effect and an ungraded definition', () => {
    expect(messages(ClaimSchema, effect)).toEqual([])
    expect(messages(ClaimSchema, definition)).toEqual([])
  })
  it('requires a grade and its rationale for effects', () => {
    expect(messages(ClaimSchema, omit(effect, 'grade', 'gradeRationale'))).toEqual([
      'x.yaml: grade: effects need a grade (add grade: strong | moderate | limited | insufficient)',
      'x.yaml: gradeRationale: effects need a gradeRationale (say in a sentence why the grade fits)',
    ])
  })
  it('refuses a grade on a definition', () => {
    expect(messages(ClaimSchema, { ...definition, grade: 'strong' })).toEqual([
      'x.yaml: grade: a definition is not graded (remove grade, or make the claim kind: effect or statistic)',
    ])
  })
  it('needs at least one source, each with a locator', () => {
    expect(messages(ClaimSchema, { ...definition, sources: [] })).toEqual([
      'x.yaml: sources: cite at least one source (add an entry under sources:)',
    ])
    expect(messages(ClaimSchema, { ...definition, sources: [{ source: 'mccarty-2014-iop' }] })).toEqual([
      'x.yaml: sources.0.locator: is missing (add locator: … — it is required)',
    ])
  })
  it('treats an unknown field as an error, naming the field', () => {
    expect(messages(ClaimSchema, { ...definition, grades: 'strong' })).toEqual([
      'x.yaml: grades: unknown field (remove it, or check its spelling against lib/content/schema.ts)',
    ])
  })
  it('rejects a date that is not YYYY-MM-DD', () => {
    expect(messages(ClaimSchema, { ...definition, lastReviewed: '23/11/2026' })).toEqual([
      'x.yaml: lastReviewed: not a date (write it as YYYY-MM-DD)',
    ])
  })
})

describe('ArticleSchema', () => {
  it('accepts complete front matter and fills defaults', () => {
    const result = ArticleSchema.parse(article)
    expect(result.reviewers).toEqual([])
    expect(result.redirectFrom).toEqual([])
  })
  it('names a missing required field and how to fix it', () => {
    expect(messages(ArticleSchema, omit(article, 'nextReview'))).toEqual([
      'x.yaml: nextReview: is missing (add nextReview: … — it is required)',
    ])
  })
  it('rejects a next review that is not after the last review', () => {
    expect(messages(ArticleSchema, { ...article, nextReview: '2026-11-01' })).toEqual([
      'x.yaml: nextReview: is not after lastReviewed (set the next review date later)',
    ])
  })
  it('rejects an unknown audience', () => {
    expect(messages(ArticleSchema, { ...article, audience: ['patients'] })).toEqual([
      'x.yaml: audience.0: unknown audience (use: people-considering-treatment, families, clinic-staff)',
    ])
  })
})

describe('GlossaryTermSchema and ClaimCheckSchema', () => {
  it('accept the fixtures', () => {
    expect(messages(GlossaryTermSchema, readYaml(`${FIXTURES}/glossary/intensive-outpatient-program.yaml`))).toEqual([])
    expect(messages(ClaimCheckSchema, readYaml(`${FIXTURES}/claim-checks/iop-same-as-inpatient.yaml`))).toEqual([])
  })
  it('rejects an unknown verdict', () => {
    const check = readYaml(`${FIXTURES}/claim-checks/iop-same-as-inpatient.yaml`)
    expect(messages(ClaimCheckSchema, { ...check, verdict: 'false' })).toEqual([
      'x.yaml: verdict: unknown verdict (use: supported | partly-supported | unsupported | misleading | unknown)',
    ])
  })
})
