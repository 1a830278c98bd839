import { problem, type ContentProblem } from './content-problem'
import type { ArticleFrontMatter, ClaimCheck, Claim, GlossaryTerm, Source } from './schema'

export interface Located<T> {
  file: string
  data: T
}

export interface ContentGraph {
  sources: Map<string, Located<Omit<Source, 'id'>>>
  claims: Map<string, Located<Omit<Claim, 'id'>>>
  articles: Map<string, Located<ArticleFrontMatter>>
  glossary: Map<string, Located<Omit<GlossaryTerm, 'id'>>>
  claimChecks: Map<string, Located<Omit<ClaimCheck, 'id'>>>
  /** Ids of files that exist but failed to validate: reported already, so references to them are not. */
  invalidIds: Set<string>
  /** Citation keys found in Markdown, per file, with the line they sit on. */
  citations: { file: string; field: string; line: number; id: string }[]
}

/** Every cross-reference that points at nothing, and every id two documents share. */
export function findBrokenReferences(graph: ContentGraph): ContentProblem[] {
  const problems: ContentProblem[] = []
  const { claimChecks, invalidIds } = graph
  const exists = (map: Map<string, unknown>) => ({ has: (id: string) => map.has(id) || invalidIds.has(id) })
  const [sources, claims, glossary] = [exists(graph.sources), exists(graph.claims), exists(graph.glossary)]
  const articles = graph.articles

  for (const [id, claim] of graph.claims) {
    if (sources.has(id)) problems.push(problem(claim.file, '(file name)', `"${id}" is also a source id, so [@${id}] would be ambiguous (rename the claim)`))
    claim.data.sources.forEach((s, i) => {
      if (!sources.has(s.source))
        problems.push(problem(claim.file, `sources.${i}.source`, `"${s.source}" names no source (add content/sources/${s.source}.yaml or fix the id)`))
    })
  }

  for (const c of graph.citations) {
    if (!claims.has(c.id) && !sources.has(c.id))
      problems.push(problem(c.file, `${c.field} (line ${c.line})`, `[@${c.id}] names no claim or source (check the id in content/claims/ or content/sources/)`))
  }

  const addresses = new Map<string, string>()
  for (const [slug, article] of articles) addresses.set(slug, article.file)
  for (const [slug, article] of articles) {
    const { related, next, redirectFrom } = article.data
    related.forEach((r, i) => {
      if (r === slug) problems.push(problem(article.file, `related.${i}`, 'points at the article itself (remove it)'))
      else if (!articles.has(r) && !invalidIds.has(r)) problems.push(problem(article.file, `related.${i}`, `"${r}" names no article (check the slug in content/articles/)`))
    })
    if (next && (next === slug || (!articles.has(next) && !invalidIds.has(next))))
      problems.push(problem(article.file, 'next', `"${next}" names no other article (check the slug in content/articles/)`))
    redirectFrom.forEach((old, i) => {
      const owner = addresses.get(old)
      if (owner) problems.push(problem(article.file, `redirectFrom.${i}`, `"${old}" is already the address of ${owner} (two pages cannot share an address: remove one)`))
      else addresses.set(old, article.file)
    })
  }

  const termForms = new Map<string, string>()
  for (const term of graph.glossary.values()) {
    term.data.cites.forEach((c, i) => {
      if (!claims.has(c)) problems.push(problem(term.file, `cites.${i}`, `"${c}" names no claim (check the id in content/claims/)`))
    })
    term.data.related.forEach((r, i) => {
      if (!glossary.has(r)) problems.push(problem(term.file, `related.${i}`, `"${r}" names no glossary term (check content/glossary/)`))
    })
    for (const form of [term.data.term, term.data.abbreviation, ...term.data.aliases]) {
      if (!form) continue
      const key = form.toLowerCase()
      const owner = termForms.get(key)
      if (owner && owner !== term.file) problems.push(problem(term.file, 'term', `"${form}" is also a form of ${owner}, so links would be ambiguous (keep it in one term)`))
      else termForms.set(key, term.file)
    }
  }

  for (const check of claimChecks.values()) {
    check.data.evidence.forEach((c, i) => {
      if (!claims.has(c)) problems.push(problem(check.file, `evidence.${i}`, `"${c}" names no claim (check the id in content/claims/)`))
    })
  }
  return problems
}
