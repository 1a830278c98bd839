import { problem, type ContentProblem } from './content-problem'
import { duplicateOrders, fileOf } from './content-types'
import type { ContentGraph } from './graph'

/** Ids of files that exist but failed to validate: reported already, so references to them are not. */
export type InvalidIds = ReadonlySet<string>

/** A citation key found in Markdown, with where it sits. */
export interface CitationUse {
  file: string
  field: string
  line: number
  id: string
}

/** Every cross-reference that points at nothing, and every id or address two documents share. */
export function findBrokenReferences(graph: ContentGraph, invalid: InvalidIds, citations: CitationUse[]): ContentProblem[] {
  const problems: ContentProblem[] = []
  const exists = (map: Map<string, unknown>) => (id: string) => map.has(id) || invalid.has(id)
  const [isSource, isClaim, isTerm, isArticle] = [
    exists(graph.sources),
    exists(graph.claims),
    exists(graph.glossary),
    exists(graph.articles),
  ]

  for (const [id, claim] of graph.claims) {
    const file = fileOf('Claim', id)
    if (isSource(id))
      problems.push(problem(file, '(file name)', `"${id}" is also a source id, so [@${id}] would be ambiguous (rename the claim)`))
    const ungradedDesigns = new Set(['government-data', 'regulation'])
    const graded = claim.sources.map((s) => graph.sources.get(s.source)?.design).find((d) => d && !ungradedDesigns.has(d))
    if (claim.kind === 'statistic' && !claim.grade && graded)
      problems.push(
        problem(
          file,
          'grade',
          `is missing: a figure from a ${graded} source needs a grade like an effect (add grade: strong | moderate | limited | insufficient, and gradeRationale; only official government data goes ungraded)`,
        ),
      )
    claim.sources.forEach((s, i) => {
      if (!isSource(s.source))
        problems.push(
          problem(file, `sources.${i}.source`, `"${s.source}" names no source (add content/sources/${s.source}.yaml or fix the id)`),
        )
    })
  }

  for (const c of citations)
    if (!isClaim(c.id) && !isSource(c.id))
      problems.push(
        problem(
          c.file,
          `${c.field} (line ${c.line})`,
          `[@${c.id}] names no claim or source (check the id in content/claims/ or content/sources/)`,
        ),
      )

  const addresses = new Map<string, string>()
  for (const slug of graph.articles.keys()) addresses.set(slug, fileOf('Article', slug))
  for (const [slug, article] of graph.articles) {
    const file = fileOf('Article', slug)
    article.related.forEach((r, i) => {
      if (r === slug) problems.push(problem(file, `related.${i}`, 'points at the article itself (remove it)'))
      else if (!isArticle(r)) problems.push(problem(file, `related.${i}`, `"${r}" names no article (check the slug in content/articles/)`))
    })
    if (article.next && (article.next === slug || !isArticle(article.next)))
      problems.push(problem(file, 'next', `"${article.next}" names no other article (check the slug in content/articles/)`))
    article.redirectFrom.forEach((old, i) => {
      const owner = addresses.get(old)
      if (owner)
        problems.push(
          problem(file, `redirectFrom.${i}`, `"${old}" is already the address of ${owner} (two pages cannot share an address: remove one)`),
        )
      else addresses.set(old, file)
    })
  }

  const termForms = new Map<string, string>()
  for (const [id, term] of graph.glossary) {
    const file = fileOf('GlossaryTerm', id)
    term.cites.forEach((c, i) => {
      if (!isClaim(c)) problems.push(problem(file, `cites.${i}`, `"${c}" names no claim (check the id in content/claims/)`))
    })
    term.related.forEach((r, i) => {
      if (!isTerm(r)) problems.push(problem(file, `related.${i}`, `"${r}" names no glossary term (check content/glossary/)`))
    })
    for (const form of [term.term, term.abbreviation, ...term.aliases]) {
      if (!form) continue
      const key = form.toLowerCase()
      const owner = termForms.get(key)
      if (owner && owner !== file)
        problems.push(problem(file, 'term', `"${form}" is also a form of ${owner}, so links would be ambiguous (keep it in one term)`))
      else termForms.set(key, file)
    }
  }

  for (const [id, check] of graph.claimChecks)
    check.evidence.forEach((c, i) => {
      if (!isClaim(c))
        problems.push(problem(fileOf('ClaimCheck', id), `evidence.${i}`, `"${c}" names no claim (check the id in content/claims/)`))
    })

  for (const [id, level] of graph.levelsOfCare) {
    if (level.hours) {
      const claim = graph.claims.get(level.hours.claim)
      const numbers = [level.hours.atLeast, level.hours.below, level.hours.upTo].filter((n): n is number => n !== undefined && n > 0)
      if (!claim && !invalid.has(level.hours.claim))
        problems.push(
          problem(fileOf('LevelOfCare', id), 'hours.claim', `"${level.hours.claim}" names no claim (check the id in content/claims/)`),
        )
      for (const n of claim ? numbers : [])
        if (!new RegExp(`(^|[^0-9])${n}([^0-9]|$)`).test(claim!.statement))
          problems.push(
            problem(
              fileOf('LevelOfCare', id),
              'hours',
              `${n} is not in the statement of ${level.hours.claim} (chart only the hours its claim gives)`,
            ),
          )
    }
  }
  problems.push(...duplicateOrders('LevelOfCare', graph.levelsOfCare, 'level'))

  for (const [id, item] of graph.chooseItems) {
    const file = fileOf('ChooseItem', id)
    if (item.sign && graph.chooseItems.get(item.sign)?.kind !== 'quality-sign' && !invalid.has(item.sign))
      problems.push(
        problem(file, 'sign', `"${item.sign}" names no quality sign (use the id of a kind: quality-sign file in content/choose/)`),
      )
    if (item.kind === 'question' && !item.goodAnswer)
      problems.push(problem(file, 'goodAnswer', 'is missing (a question needs what a good answer sounds like)'))
    if (item.kind !== 'question' && item.answerType)
      problems.push(problem(file, 'answerType', 'only questions have this field (remove it, or make the item kind: question)'))
    if (item.kind !== 'question' && (item.goodAnswer || item.sign))
      problems.push(
        problem(
          file,
          item.goodAnswer ? 'goodAnswer' : 'sign',
          `only questions have this field (remove it, or make the item kind: question)`,
        ),
      )
  }
  return problems
}
