import { listCitations } from '../markdown/inspect-markdown'
import { parseMarkdown } from '../markdown/parse-markdown'
import { content } from './load-content'
import { TOPIC_LABELS } from './labels'
import { GRADE_MEANINGS } from '../citations/evidence-labels'
import { GRADES, TOPICS, type Article, type ChooseItem, type Claim, type ClaimCheck, type GlossaryTerm, type LevelOfCare, type Source, type Topic } from './schema'

const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title)

export const getAllArticles = (): Article[] => [...content.articles.values()].sort(byTitle)
export const getArticleBySlug = (slug: string): Article | undefined => content.articles.get(slug)
export const getAllClaims = (): Claim[] => [...content.claims.values()].sort((a, b) => a.statement.localeCompare(b.statement))
export const getClaimById = (id: string): Claim | undefined => content.claims.get(id)
export const getAllSources = (): Source[] => [...content.sources.values()].sort((a, b) => sortKey(a).localeCompare(sortKey(b)))
export const getSourceById = (id: string): Source | undefined => content.sources.get(id)
export const getAllGlossaryTerms = (): GlossaryTerm[] => [...content.glossary.values()].sort((a, b) => a.term.localeCompare(b.term))
export const getAllClaimChecks = (): ClaimCheck[] => [...content.claimChecks.values()]

function sortKey(source: Source): string {
  const first = source.author[0]
  return (first ? ('literal' in first ? first.literal : first.family) : source.title).toLowerCase()
}

/** Which claims and sources each article cites, worked out once from the Markdown bodies. */
const citedIdsByArticle = new Map<string, Set<string>>(
  [...content.articles.values()].map((a) => [a.slug, new Set(listCitations(parseMarkdown(a.body)).flatMap((c) => c.items.map((i) => i.id)))]),
)

/** Articles that cite a claim or source directly, by title. */
export function getArticlesCiting(id: string): Article[] {
  return getAllArticles().filter((a) => citedIdsByArticle.get(a.slug)?.has(id))
}

/** Claims that rest on a source. */
export function getClaimsSupportedBy(sourceId: string): Claim[] {
  return getAllClaims().filter((c) => c.sources.some((s) => s.source === sourceId))
}

/** The articles named in an article's `related` list, in that order. */
export function getRelatedArticles(article: Article): Article[] {
  return article.related.map((slug) => content.articles.get(slug)).filter((a): a is Article => a !== undefined)
}

export const getArticlesByTopic = (topic: Topic) => getAllArticles().filter((a) => a.topic === topic)

/** Articles grouped by topic, topics in the schema's order, empty topics left out. */
export function getArticlesGroupedByTopic() {
  return TOPICS.map((topic) => ({ topic, label: TOPIC_LABELS[topic], articles: getArticlesByTopic(topic) })).filter((g) => g.articles.length > 0)
}

/** Filter choices for the claims list: the grades, then definitions and statistics; topics in use. */
export function getClaimFilterOptions() {
  const claims = getAllClaims()
  const grades = [
    ...GRADES.map((g) => ({ value: g, label: GRADE_MEANINGS[g].label })),
    { value: 'definition', label: 'Definitions (not graded)' },
    { value: 'statistic', label: 'Statistics (not graded)' },
  ]
  const topics = TOPICS.filter((t) => claims.some((c) => c.topic === t)).map((t) => ({ value: t, label: TOPIC_LABELS[t] }))
  return { grades, topics }
}

/** The three questions most readers start with, in reading order; those that exist. */
export function getFeaturedArticles(): Article[] {
  return ['what-is-an-iop', 'do-iops-work', 'how-to-choose-an-iop', 'levels-of-care-compared']
    .map((slug) => content.articles.get(slug))
    .filter((a): a is Article => a !== undefined)
}

export const getSiteCounts = () => ({ articles: content.articles.size, claims: content.claims.size, sources: content.sources.size })

/** Every address an article answers at: its slug, then old slugs kept working by redirectFrom. */
export const getArticleAddresses = (): string[] => getAllArticles().flatMap((a) => [a.slug, ...a.redirectFrom])

/** The article an address belongs to, and whether the address is an old one that redirects. */
export function resolveArticleAddress(slug: string): { article: Article; isRedirect: boolean } | undefined {
  const article = content.articles.get(slug)
  if (article) return { article, isRedirect: false }
  const moved = getAllArticles().find((a) => a.redirectFrom.includes(slug))
  return moved ? { article: moved, isRedirect: true } : undefined
}

/** Articles written for patients or families: the ones staff hand out. */
export const getHandoutArticles = (): Article[] => getAllArticles().filter((a) => a.audience.includes('people-considering-treatment') || a.audience.includes('families'))

export const getLevelsOfCare = (): LevelOfCare[] => [...content.levelsOfCare.values()].sort((a, b) => a.order - b.order)
export const getLevelOfCare = (id: string): LevelOfCare | undefined => content.levelsOfCare.get(id)

/** The /choose/ items of one kind, in their order. */
export const getChooseItems = (kind: ChooseItem['kind']): ChooseItem[] =>
  [...content.chooseItems.values()].filter((i) => i.kind === kind).sort((a, b) => a.order - b.order)
