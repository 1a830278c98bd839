import { z } from 'zod'

/**
 * The one definition of every content type: lib/content/load-content.ts reads the files,
 * these schemas decide what is valid. Every message says how to fix the problem.
 */

/** Marks a missing required field: problemsFromZod rewrites it to name the field. */
export const MISSING = 'is missing'
/** An error message for a field, or MISSING when the field is absent (Zod uses one message for both). */
const unlessMissing = (message: string) => ({ error: (issue: { input?: unknown }) => (issue.input === undefined ? MISSING : message) })

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const slug = (what: string) =>
  z
    .string(unlessMissing(`not a ${what} id`))
    .regex(SLUG, `not a valid ${what} id (use lower-case words joined by hyphens, e.g. what-is-an-iop)`)
const isoDate = z.iso.date(unlessMissing('not a date (write it as YYYY-MM-DD)'))
const text = z
  .string(unlessMissing('is not text (write it out, in quotes if it contains a colon)'))
  .trim()
  .min(1, 'is empty (write it out)')
/** A short value YAML may read as a number (volume: 65, PMID: 24445620): kept as the text written. */
const textOrNumber = z
  .union([z.string().trim().min(1), z.number()], unlessMissing('is empty or not text (write it out, e.g. "65")'))
  .transform(String)

/** True for a real calendar date: 2026-02-30 and 2026-13-45 are not. */
const isCalendarDate = (year: number, month: number, day: number) => {
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}
/** A CSL issued date: a year (2014), a month (2014-06) or a day (2014-06-01), each a real one. */
const issuedDate = z.union([z.number(), z.string()], 'not a year or date (write 2014, 2014-06 or 2014-06-01)').refine(
  (value) => {
    const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(String(value))
    if (!match) return false
    const [year, month, day] = [Number(match[1]), Number(match[2] ?? 1), Number(match[3] ?? 1)]
    return year >= 1800 && year <= 2100 && isCalendarDate(year, month, day)
  },
  { error: 'not a real year or date (write 2014, 2014-06 or 2014-06-01, with a month from 01 to 12 and a day that exists)' },
)

export const TOPICS = [
  'about-iop',
  'effectiveness',
  'levels-of-care',
  'fit',
  'co-occurring',
  'medications',
  'work-and-privacy',
  'cost-and-coverage',
  'during-treatment',
  'telehealth',
  'young-people',
  'families',
  'after-iop',
  'choosing',
] as const
export const TopicSchema = z.enum(TOPICS, unlessMissing(`unknown topic (use one of: ${TOPICS.join(', ')})`))
export type Topic = z.infer<typeof TopicSchema>

export const AUDIENCES = ['people-considering-treatment', 'families', 'clinic-staff'] as const
export const AudienceSchema = z.enum(AUDIENCES, unlessMissing(`unknown audience (use: ${AUDIENCES.join(', ')})`))
export type Audience = z.infer<typeof AudienceSchema>

export const GRADES = ['strong', 'moderate', 'limited', 'insufficient'] as const
export const GradeSchema = z.enum(GRADES, unlessMissing(`unknown grade (use: ${GRADES.join(' | ')})`))
export type Grade = z.infer<typeof GradeSchema>

export const DESIGNS = [
  'systematic-review',
  'meta-analysis',
  'rct',
  'cohort',
  'cross-sectional',
  'guideline',
  'government-data',
  'regulation',
  'consensus-report',
  'program-guide',
  'expert-opinion',
] as const

export const CSL_TYPES = ['article-journal', 'report', 'book', 'chapter', 'webpage', 'legislation'] as const

/** A CSL-JSON name: a person (family, given) or an organisation (literal). */
const NameSchema = z.union(
  [z.strictObject({ family: text, given: text.optional() }), z.strictObject({ literal: text })],
  'not a name (write { family: Smith, given: Jane } or { literal: Organisation name })',
)

/**
 * Source: a publication, guideline, rule or data set. Field names follow CSL-JSON so a
 * reference manager's export fits; `design` and `readFrom` are ours.
 */
export const SourceSchema = z
  .strictObject({
    /** Optional in the file: the id is the file name. If present it must match it. */
    id: slug('source').optional(),
    type: z.enum(CSL_TYPES, unlessMissing(`unknown CSL type (use: ${CSL_TYPES.join(', ')})`)),
    title: text,
    /** Leave out only when the record names no author; an organisation counts (literal). */
    author: z.array(NameSchema).default([]),
    /** Year (2014) or a date: YYYY-MM or YYYY-MM-DD. */
    issued: issuedDate.optional(),
    'container-title': text.optional(),
    'collection-title': text.optional(),
    'collection-number': textOrNumber.optional(),
    number: textOrNumber.optional(),
    volume: textOrNumber.optional(),
    issue: textOrNumber.optional(),
    page: textOrNumber.optional(),
    DOI: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, 'not a DOI (write it as 10.xxxx/…, without https://doi.org/)')
      .optional(),
    PMID: textOrNumber.pipe(z.string().regex(/^\d{1,9}$/, 'not a PubMed id (digits only, e.g. "24445620")')).optional(),
    PMCID: z
      .string()
      .regex(/^PMC\d+$/, 'not a PMC id (write it as PMC1234567)')
      .optional(),
    URL: z.url({ protocol: /^https?$/, error: 'not a web address (write the full https:// address)' }).optional(),
    publisher: text.optional(),
    'publisher-place': text.optional(),
    genre: text.optional(),
    /** Study design or document type; decides the label readers see (Systematic review, Trial…). */
    design: z.enum(DESIGNS, unlessMissing(`unknown design (use: ${DESIGNS.join(', ')})`)),
    /** How much of the source was read when it was checked. */
    readFrom: z.enum(['abstract', 'full-text', 'record-only'], 'unknown value (use: abstract | full-text | record-only)').optional(),
  })
  .refine((s) => s.DOI ?? s.PMID ?? s.URL, {
    path: ['DOI'],
    error: 'no identifier (add at least one of DOI, PMID or URL)',
  })
export type Source = z.infer<typeof SourceSchema> & { id: string }

export const ClaimSourceSchema = z.strictObject({
  /** Id of a file in content/sources/. */
  source: slug('source'),
  /** Where in the source: a page, table or section, e.g. "Abstract, Results" or "p. 720". */
  locator: text,
  /** What this source shows for the claim, with its figures. */
  supports: text.optional(),
})

/** Claim: one statement a reader sees, with its evidence. */
export const ClaimSchema = z
  .strictObject({
    /** One plain-language sentence, shown to readers exactly as written. */
    statement: text,
    /** effect: changes outcomes (graded); definition: what a rule or guideline says; statistic: a figure from data. */
    kind: z.enum(['effect', 'definition', 'statistic'], unlessMissing('unknown kind (use: effect | definition | statistic)')),
    /**
     * Required for effects, and for statistics unless every source is official government data (the check looks at the
     * sources' design); CONTENT-GUIDE.md gives the wording each grade allows.
     */
    grade: GradeSchema.optional(),
    /** Why this grade: design, number of studies, consistency. Required with a grade. */
    gradeRationale: text.optional(),
    topic: TopicSchema,
    sources: z.array(ClaimSourceSchema).min(1, 'cite at least one source (add an entry under sources:)'),
    caveats: z.array(text).default([]),
    lastReviewed: isoDate,
  })
  .check((ctx) => {
    const c = ctx.value
    if (c.kind === 'effect' && !c.grade)
      ctx.issues.push({
        code: 'custom',
        input: c,
        path: ['grade'],
        message: 'effects need a grade (add grade: strong | moderate | limited | insufficient)',
      })
    if (c.kind === 'effect' && !c.gradeRationale)
      ctx.issues.push({
        code: 'custom',
        input: c,
        path: ['gradeRationale'],
        message: 'effects need a gradeRationale (say in a sentence why the grade fits)',
      })
    if (c.kind === 'definition' && c.grade)
      ctx.issues.push({
        code: 'custom',
        input: c,
        path: ['grade'],
        message: 'a definition is not graded (remove grade, or make the claim kind: effect or statistic)',
      })
    if (c.kind === 'statistic' && c.grade && !c.gradeRationale)
      ctx.issues.push({
        code: 'custom',
        input: c,
        path: ['gradeRationale'],
        message: 'a graded statistic needs a gradeRationale (say in a sentence why the grade fits: design, size, who was counted)',
      })
  })
export type Claim = z.infer<typeof ClaimSchema> & { id: string }

/** Article front matter. The body is Markdown with Pandoc citations. */
export const ArticleSchema = z
  .strictObject({
    title: text,
    /** One sentence: what the page answers. Used in lists and link previews. */
    description: text,
    audience: z.array(AudienceSchema).min(1, 'name at least one audience'),
    topic: TopicSchema,
    published: isoDate,
    updated: isoDate,
    lastReviewed: isoDate,
    nextReview: isoDate,
    /** The editorial team unless a real, configured person wrote it. */
    author: text,
    /** Real clinicians who reviewed the page; empty until one has. */
    reviewers: z.array(z.strictObject({ name: text, credentials: text, reviewed: isoDate })).default([]),
    /** Old addresses (slugs) that should keep working after a rename. */
    redirectFrom: z.array(slug('article')).default([]),
    /** Slugs of related articles. */
    related: z.array(slug('article')).default([]),
    /** Slug of the article answering the question a reader is likely to have next. */
    next: slug('article').optional(),
    /** What changed in the last update, shown on the page and in the feed. Required once updated ≠ published. */
    changeNote: text.optional(),
  })
  .check((ctx) => {
    const a = ctx.value
    if (a.updated < a.published)
      ctx.issues.push({
        code: 'custom',
        input: a,
        path: ['updated'],
        message: 'is before published (updated must be on or after published)',
      })
    if (a.updated !== a.published && !a.changeNote)
      ctx.issues.push({
        code: 'custom',
        input: a,
        path: ['changeNote'],
        message: 'is missing (say in a sentence what changed on the updated date)',
      })
    if (a.nextReview <= a.lastReviewed)
      ctx.issues.push({
        code: 'custom',
        input: a,
        path: ['nextReview'],
        message: 'is not after lastReviewed (set the next review date later)',
      })
  })
export type ArticleFrontMatter = z.infer<typeof ArticleSchema>
export type Article = ArticleFrontMatter & { slug: string; body: string }

/** Glossary term. The definition is Markdown and may cite claims. */
export const GlossaryTermSchema = z.strictObject({
  term: text,
  abbreviation: text.optional(),
  /** Other forms that link to this term (plurals, variants). */
  aliases: z.array(text).default([]),
  definition: text,
  /** Claims backing any number, rule or effect in the definition. */
  cites: z.array(slug('claim')).default([]),
  related: z.array(slug('glossary term')).default([]),
})
export type GlossaryTerm = z.infer<typeof GlossaryTermSchema> & { id: string }

export const VERDICTS = ['supported', 'partly-supported', 'unsupported', 'misleading', 'unknown'] as const

/** A claim treatment-center sites make, checked against our evidence. */
export const ClaimCheckSchema = z.strictObject({
  /** The marketing claim in our own neutral words; no center named. */
  claimedAs: text,
  verdict: z.enum(VERDICTS, unlessMissing(`unknown verdict (use: ${VERDICTS.join(' | ')})`)),
  summary: text,
  /** Markdown with citations. */
  explanation: text,
  evidence: z.array(slug('claim')).min(1, 'list at least one claim under evidence:'),
  needs: text.optional(),
  lastReviewed: isoDate,
})
export type ClaimCheck = z.infer<typeof ClaimCheckSchema> & { id: string }

/** Markdown for one cell of the comparison: a fact with its citation, or a plain statement that data is missing. */
const cell = text.refine(
  (md) => /\[@/.test(md) || /\b(no good|not known|unknown|no data|no research|no study|no studies|varies)\b/i.test(md),
  {
    error: 'states a fact without a citation (add [@claim-id], or say plainly that there is no good data)',
  },
)

export const LEVEL_ROWS = [
  'hoursPerWeek',
  'whereYouSleep',
  'typicalLength',
  'fitsWho',
  'notFor',
  'services',
  'medications',
  'costAndCoverage',
  'outcomes',
] as const

/** One level of care, a column of the /compare/ table and a page of its own. */
export const LevelOfCareSchema = z.strictObject({
  name: text,
  /** Short label for table headings, e.g. IOP. */
  shortName: text,
  /** Column order, from least to most intensive. */
  order: z.number().int(),
  /** One plain sentence saying what it is. */
  summary: text,
  /**
   * Hours of treatment a week, for the bar chart on /compare/: at least `atLeast`, and below `below` or up to `upTo`
   * where the rules set a ceiling. Leave out where no rule gives hours. The check makes sure the claim says each number.
   */
  hours: z
    .strictObject({
      atLeast: z.number().int().min(0).max(168),
      below: z.number().int().min(1).max(168).optional(),
      upTo: z.number().int().min(1).max(168).optional(),
      claim: slug('claim'),
    })
    .refine((h) => !(h.below && h.upTo), 'has both below and upTo (use one: below for "fewer than", upTo for "up to")')
    .optional(),
  /** Markdown cells, each citing a claim. */
  rows: z.strictObject(Object.fromEntries(LEVEL_ROWS.map((r) => [r, cell])) as Record<(typeof LEVEL_ROWS)[number], typeof cell>),
  lastReviewed: isoDate,
  nextReview: isoDate,
})
export type LevelOfCare = z.infer<typeof LevelOfCareSchema> & { id: string }

export const CHOOSE_KINDS = ['question', 'quality-sign', 'warning-sign'] as const

/** One item of the /choose/ guide: a question to ask a program, a quality sign, or a warning sign. */
export const ChooseItemSchema = z.strictObject({
  kind: z.enum(CHOOSE_KINDS, unlessMissing(`unknown kind (use: ${CHOOSE_KINDS.join(' | ')})`)),
  /** The question as a family would ask it, or the sign in a few words. */
  text: text,
  /** Markdown with citations: why it matters. */
  why: text,
  /** For questions: what a good answer sounds like (Markdown, cited where it states a fact). */
  goodAnswer: text.optional(),
  /**
   * For questions: how the worksheet takes the answer. `open` (the default): what the program said, in a few words, then
   * whether it sounds like a good answer; `yes-no`: yes, no or not sure, with notes.
   */
  answerType: z.enum(['open', 'yes-no'], 'unknown answer type (use: open | yes-no)').optional(),
  /** For questions: the quality sign a program shows when the answer is yes (a choose item id). */
  sign: slug('choose item').optional(),
  /** Position within its kind. */
  order: z.number().int(),
})
export type ChooseItem = z.infer<typeof ChooseItemSchema> & { id: string }

/**
 * A page whose words live in content/pages/ (home, about, for staff…): front matter, a Markdown body,
 * and named Markdown blocks the page places around its components (lib/content/pages.ts lists them).
 */
export const PageSchema = z.strictObject({
  title: text,
  /** One sentence for link previews and search results. */
  description: text,
  blocks: z.record(slug('block'), text).default({}),
  lastReviewed: isoDate,
  /** When the page must be reviewed again (the decision aid promises a yearly review); the check fails once it has passed. */
  nextReview: isoDate.optional(),
})
export type Page = z.infer<typeof PageSchema> & { id: string; body: string }

/** An address on this site (a path, maybe with #section), as a plain field rather than a Markdown link. */
const sitePath = text.refine(
  (url) => url.startsWith('/') && !url.startsWith('//'),
  'is not an address on this site (write it as /articles/<slug>/#<section>)',
)

/** A question as a reader would type it, with a short cited answer and the page section that says more. */
export const QuestionSchema = z.strictObject({
  /** The #anchor on /questions/: stable, so links and search results keep working when the wording changes. */
  id: slug('question'),
  question: text
    .refine((q) => q.endsWith('?'), 'does not end with "?" (write it as the question a reader would type)')
    .refine((q) => q.length <= 120, 'is longer than 120 characters (ask it the short way a reader would type it)'),
  /** Markdown: 1 to 3 sentences, cited. */
  answer: text,
  /** The page (and #section) on this site that says more. */
  more: sitePath,
})
export type Question = z.infer<typeof QuestionSchema>

/** One theme of the /questions/ hub: a heading and its questions. */
export const QuestionThemeSchema = z.strictObject({
  theme: text,
  /** Position of the theme on the page. */
  order: z.number().int(),
  questions: z.array(QuestionSchema).min(1, 'has no questions (add at least one under questions:)'),
  lastReviewed: isoDate,
})
export type QuestionTheme = z.infer<typeof QuestionThemeSchema> & { id: string }

export const VALUE_MATCHES = ['yes', 'partly', 'no'] as const
export const BURDENS = ['time', 'cost', 'work', 'childcare', 'travel', 'privacy', 'awayFromHome'] as const

/** One option of the /decide/ aid. Every option has the same fields, so each is set out in the same shape and detail. */
export const DecisionOptionSchema = z.strictObject({
  name: text,
  shortName: text,
  /** Position on the page, from least to most intensive; waiting comes last. */
  order: z.number().int(),
  /** The matching level of care in content/levels-of-care/, if there is one. */
  level: slug('level of care').optional(),
  summary: text,
  typicalWeek: cell,
  goodPoints: z.array(cell).min(2, 'list at least 2 good points').max(4, 'list at most 4 good points (equal detail for every option)'),
  burdens: z.strictObject(Object.fromEntries(BURDENS.map((b) => [b, cell])) as Record<(typeof BURDENS)[number], typeof cell>),
  research: cell,
  /** In words: "Our best estimate is…", "We do not know…". */
  howSure: text,
  notKnown: z.array(text).min(1, 'say at least one thing that is not known').max(3, 'list at most 3 unknowns'),
  /** How the option fits each value of content/decision-values/, and why. */
  fits: z.record(
    slug('value'),
    z.strictObject({
      match: z.enum(VALUE_MATCHES, unlessMissing(`unknown match (use: ${VALUE_MATCHES.join(' | ')})`)),
      why: cell,
    }),
  ),
})
export type DecisionOption = z.infer<typeof DecisionOptionSchema> & { id: string }

/** Something a person may care about when choosing a level of care, rated in the /decide/ exercise. */
export const DecisionValueSchema = z.strictObject({
  label: text,
  question: text,
  order: z.number().int(),
})
export type DecisionValue = z.infer<typeof DecisionValueSchema> & { id: string }

export const IPDAS_GROUPS = ['qualifying', 'certification'] as const
export const IPDAS_STATUSES = ['met', 'partly', 'not-yet'] as const

/** One IPDAS criterion and how /decide/ meets it (or why not yet): the aid's self-assessment. */
export const IpdasCriterionSchema = z.strictObject({
  criterion: text,
  group: z.enum(IPDAS_GROUPS, unlessMissing(`unknown group (use: ${IPDAS_GROUPS.join(' | ')})`)),
  order: z.number().int(),
  status: z.enum(IPDAS_STATUSES, unlessMissing(`unknown status (use: ${IPDAS_STATUSES.join(' | ')})`)),
  /** Markdown: how the aid meets it, cited to the IPDAS source. */
  how: text,
})
export type IpdasCriterion = z.infer<typeof IpdasCriterionSchema> & { id: string }

/** A one-sheet handout for staff to print: a short cited Markdown body, and the full page its QR code leads to. */
export const HandoutSchema = z
  .strictObject({
    title: text,
    description: text,
    fullPage: sitePath,
    lastReviewed: isoDate,
    nextReview: isoDate,
  })
  .refine((h) => h.nextReview > h.lastReviewed, {
    path: ['nextReview'],
    error: 'is not after lastReviewed (set the next review date later)',
  })
export type Handout = z.infer<typeof HandoutSchema> & { id: string; body: string }
