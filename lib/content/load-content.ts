import type { Root } from 'mdast'
import { headingIds } from '../markdown/heading-ids'
import type { Figure } from '../markdown/figures'
import { classifyHref, findExcessiveNesting, findUnsafeMarkdown, listCitations, listFigures, listLinks } from '../markdown/inspect-markdown'
import { parseMarkdown } from '../markdown/parse-markdown'
import { measureReadability, type Readability } from '../readability'
import { routes } from '../routes'
import { contentAnchors, linkablePaths } from '../site-paths'
import { contentErrorMap, emptyFields, problem, problemsFromZod, type ContentProblem } from './content-problem'
import { CONTENT_TYPE_NAMES, CONTENT_TYPES, fieldsAt, linkFields, markdownFields, type ContentTypeName } from './content-types'
import { findDecisionProblems } from './decide'
import { findBrokenReferences, type CitationUse } from './find-broken-references'
import { findForbiddenWording } from './find-forbidden-wording'
import { emptyGraph, type ContentGraph } from './graph'
import { readContentTree } from './guard'
import { findPageProblems, isPageId, PAGE_ROUTES } from './pages'
import { parseContentFile } from './parse-file'
import { checkAnswer, findQuestionProblems, isAnswerField } from './questions'

export const READABILITY_WARN = 8
export const READABILITY_FAIL = 10

export interface ContentReport {
  /** Only documents that passed every check of their own file; a build uses it only when `problems` has no error. */
  graph: ContentGraph
  problems: ContentProblem[]
  /** Content files found, per type: every one is either in the graph or named in a problem. */
  files: Record<ContentTypeName, string[]>
  readability: { file: string; score: Readability }[]
}

interface MarkdownUse {
  file: string
  field: string
  /** The page the Markdown is shown on, for #fragment links that stay on the page. */
  page?: string
  line: number
  url: string
}

/**
 * The one reader of content: the guard looks at the raw files, then each file is parsed once (YAML,
 * front matter, Markdown), validated with its Zod schema, checked for wording and safety, and
 * cross-referenced. Every problem comes back at once; nothing throws and nothing is dropped.
 */
export function loadContent(contentDir: string, { today }: { today: string }): ContentReport {
  const graph = emptyGraph()
  const { files: rawFiles, problems } = readContentTree(contentDir)
  const files = Object.fromEntries(CONTENT_TYPE_NAMES.map((n) => [n, [] as string[]])) as Record<ContentTypeName, string[]>
  const readability: ContentReport['readability'] = []
  const invalid = new Set<string>()
  const citations: CitationUse[] = []
  const links: MarkdownUse[] = []
  const anchors = new Map<string, Set<string>>()
  const figures: (Figure & { file: string; field: string; line: number })[] = []

  for (const raw of rawFiles) {
    files[raw.type].push(raw.file)
    const { schema, wording } = CONTENT_TYPES[raw.type]
    const parsed = parseContentFile(raw)
    if (!parsed.ok) {
      problems.push(...parsed.problems)
      invalid.add(raw.id)
      continue
    }
    const { data, body, lineOf } = parsed.parsed
    const empty = emptyFields(data)
    for (const field of empty) problems.push(problem(raw.file, field, 'is empty (write a value after the colon, or delete the line)'))
    const result = schema.safeParse(data, { error: contentErrorMap })
    if (!result.success) problems.push(...problemsFromZod(raw.file, result.error, new Set(empty)))
    if (!result.success || empty.length) {
      invalid.add(raw.id)
      continue
    }
    const doc = {
      ...result.data,
      ...(raw.type === 'Article'
        ? { slug: raw.id, body }
        : CONTENT_TYPES[raw.type].format === 'markdown'
          ? { id: raw.id, body }
          : { id: raw.id }),
    }

    for (const [field, value] of Object.entries(fieldsAt(doc, wording)))
      for (const hit of findForbiddenWording(value)) problems.push(problem(raw.file, field, hit.message))
    const page = pageOf(raw.type, raw.id)
    const answers: Root['children'] = []
    for (const [field, url] of Object.entries(linkFields(raw.type, doc)))
      links.push({ file: raw.file, field, page, line: lineOf(field) || 1, url })
    for (const [field, markdown] of Object.entries(markdownFields(raw.type, doc))) {
      const firstLine = lineOf(field) || 1
      const at = (line: number) => `${field} (line ${line + firstLine - 1})`
      const deep = findExcessiveNesting(markdown)
      if (deep) {
        problems.push(problem(raw.file, at(deep.line), deep.message))
        continue
      }
      const tree = parseMarkdown(markdown)
      for (const f of findUnsafeMarkdown(tree)) problems.push(problem(raw.file, at(f.line), f.message))
      for (const f of listFigures(tree)) figures.push({ file: raw.file, field, line: f.line + firstLine - 1, ...f.figure })
      for (const c of listCitations(tree))
        for (const { id } of c.items) citations.push({ file: raw.file, field, line: c.line + firstLine - 1, id })
      for (const l of listLinks(tree)) links.push({ file: raw.file, field, page, line: l.line + firstLine - 1, url: l.url })
      for (const hit of findForbiddenWording(markdown, firstLine))
        problems.push(problem(raw.file, `${field} (line ${hit.line})`, hit.message))
      if ((raw.type === 'Article' || raw.type === 'Handout') && field === 'body')
        checkArticleBody(raw.file, tree, problems, readability, anchors, page!)
      if (raw.type === 'QuestionTheme' && isAnswerField(field)) problems.push(...checkAnswer(raw.file, at(1), tree))
      if (raw.type === 'QuestionTheme' || raw.type === 'DecisionOption') answers.push(...tree.children)
      // A content page's headings are ids on its route, like an article's.
      if (raw.type === 'Page' && isPageId(raw.id)) {
        const route = PAGE_ROUTES[raw.id]
        if (route) anchors.set(route, new Set([...(anchors.get(route) ?? []), ...headingIds(tree).values()]))
      }
    }
    // A theme's answers, or an option's parts, are read one after another, so they are scored together like an article.
    if (answers.length)
      checkReadability(
        raw.file,
        raw.type === 'QuestionTheme' ? 'questions' : '(all text)',
        { type: 'root', children: answers },
        problems,
        readability,
      )
    checkDates(raw.type, raw.file, doc, today, problems)
    if (raw.type === 'Source' && 'id' in result.data && result.data.id && result.data.id !== raw.id)
      problems.push(problem(raw.file, 'id', `"${result.data.id}" does not match the file name (make them the same, or remove id)`))
    ;(graph[CONTENT_TYPES[raw.type].graphKey] as Map<string, unknown>).set(raw.id, doc)
  }

  problems.push(...findBrokenReferences(graph, invalid, citations))
  problems.push(...findPageProblems(graph, invalid))
  problems.push(...findQuestionProblems(graph))
  problems.push(...findDecisionProblems(graph, invalid))
  problems.push(...findBrokenLinks(graph, links, anchors))
  problems.push(...findFigureProblems(graph, figures))
  return { graph, problems, files, readability }
}

/** A figure draws its claim's number, so the claim's statement must say it. (A figure naming no claim is a broken citation.) */
function findFigureProblems(graph: ContentGraph, figures: (Figure & { file: string; field: string; line: number })[]): ContentProblem[] {
  return figures.flatMap((f) => {
    const claim = graph.claims.get(f.claim)
    return claim && !new RegExp(`(^|[^0-9.])${f.count}([^0-9]|$)`).test(claim.statement)
      ? [
          problem(
            f.file,
            `${f.field} (line ${f.line})`,
            `the figure draws ${f.count} in 100, but claim ${f.claim} does not say ${f.count} (draw the number its statement gives)`,
          ),
        ]
      : []
  })
}

/** The page a document is shown on, where its #fragment links and headings live. */
const pageOf = (type: ContentTypeName, id: string) =>
  type === 'Article'
    ? routes.article(id)
    : type === 'QuestionTheme'
      ? routes.questions()
      : type === 'Handout'
        ? routes.handout(id)
        : undefined

function checkArticleBody(
  file: string,
  tree: Root,
  problems: ContentProblem[],
  readability: ContentReport['readability'],
  anchors: Map<string, Set<string>>,
  page: string,
) {
  anchors.set(page, new Set(headingIds(tree).values()))
  if (listCitations(tree).length === 0)
    problems.push(problem(file, 'body', 'cites nothing (every effect, number or recommendation needs [@claim-id])'))
  checkReadability(file, 'body', tree, problems, readability)
}

function checkReadability(file: string, field: string, tree: Root, problems: ContentProblem[], readability: ContentReport['readability']) {
  const score = measureReadability(tree)
  readability.push({ file, score })
  if (score.grade > READABILITY_WARN) {
    const isFailing = score.grade > READABILITY_FAIL
    const worst = score.worstSentences.slice(0, 3).map((s) => `\n    - (${s.words} words) ${s.text}`)
    problems.push(
      problem(
        file,
        field,
        `reading grade ${score.grade} is above ${isFailing ? READABILITY_FAIL : READABILITY_WARN} (shorten these sentences, use plainer words):${worst.join('')}`,
        isFailing ? 'error' : 'warning',
      ),
    )
  }
}

function checkDates(type: ContentTypeName, file: string, doc: object, today: string, problems: ContentProblem[]) {
  const { nextReview } = doc as { nextReview?: string }
  if (nextReview && nextReview < today)
    problems.push(
      problem(
        file,
        'nextReview',
        `${nextReview} has passed (review the ${type === 'Article' ? 'article' : 'page'}, then set lastReviewed and a new nextReview)`,
      ),
    )
}

/** Every link in Markdown: safe (checked above), and a site path must be a page, with a #fragment that is an id on it. */
function findBrokenLinks(graph: ContentGraph, links: MarkdownUse[], headingAnchors: Map<string, Set<string>>): ContentProblem[] {
  const paths = linkablePaths(graph)
  const anchors = new Map([...contentAnchors(graph), ...headingAnchors])
  const problems: ContentProblem[] = []
  for (const link of links) {
    const target = classifyHref(link.url)
    if (target.kind !== 'site') continue
    const at = `${link.field} (line ${link.line})`
    const path = target.path || link.page
    if (!path) {
      problems.push(
        problem(
          link.file,
          at,
          `"${link.url}" links to a part of this page, which has no ids to link to (link to a page, e.g. /articles/…/)`,
        ),
      )
      continue
    }
    if (!paths.has(path)) {
      const fix = paths.has(`${path}/`)
        ? `write ${path}/, with the slash at the end`
        : 'check the address against the site; article addresses are /articles/<file name>/'
      problems.push(problem(link.file, at, `"${link.url}" is not a page on this site (${fix})`))
    } else if (target.fragment !== undefined && !anchors.get(path)?.has(target.fragment)) {
      const known = [...(anchors.get(path) ?? [])].slice(0, 6)
      problems.push(
        problem(
          link.file,
          at,
          `"#${target.fragment}" is not an id on ${path} (${known.length ? `use one of: ${known.join(', ')}${known.length === 6 ? ', …' : ''}` : 'link to the page without #…'})`,
        ),
      )
    }
  }
  return problems
}
