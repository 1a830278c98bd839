import { GRADE_MEANINGS } from '../citations/evidence-labels'
import { listCitations } from '../markdown/inspect-markdown'
import { parseMarkdown } from '../markdown/parse-markdown'
import type { ContentGraph } from './graph'
import { routes } from '../routes'
import { TOPIC_LABELS } from './labels'
import {
  GRADES,
  TOPICS,
  type Article,
  type ChooseItem,
  type Claim,
  type ClaimCheck,
  type DecisionOption,
  type DecisionValue,
  type GlossaryTerm,
  type Handout,
  type IpdasCriterion,
  type LevelOfCare,
  type Page,
  type QuestionTheme,
  type Source,
  type Topic,
} from './schema'

/** Questions pages ask of the content graph. Each takes the graph, so tests can use small fixture graphs. */

const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title)

export const getAllArticles = (content: ContentGraph): Article[] => [...content.articles.values()].sort(byTitle)
export const getArticleBySlug = (content: ContentGraph, slug: string): Article | undefined => content.articles.get(slug)
export const getAllClaims = (content: ContentGraph): Claim[] =>
  [...content.claims.values()].sort((a, b) => a.statement.localeCompare(b.statement))
export const getClaimById = (content: ContentGraph, id: string): Claim | undefined => content.claims.get(id)
export const getAllSources = (content: ContentGraph): Source[] =>
  [...content.sources.values()].sort((a, b) => sortKey(a).localeCompare(sortKey(b)))
export const getSourceById = (content: ContentGraph, id: string): Source | undefined => content.sources.get(id)
export const getAllGlossaryTerms = (content: ContentGraph): GlossaryTerm[] =>
  [...content.glossary.values()].sort((a, b) => a.term.localeCompare(b.term))
export const getAllClaimChecks = (content: ContentGraph): ClaimCheck[] => [...content.claimChecks.values()]

/** A page whose words live in content/pages/; throws if it is missing, since the route cannot render without it. */
export function getPage(content: ContentGraph, id: string): Page {
  const page = content.pages.get(id)
  if (!page) throw new Error(`content/pages/${id}.md is missing (the page ${id} needs it)`)
  return page
}

function sortKey(source: Source): string {
  const first = source.author[0]
  return (first ? ('literal' in first ? first.literal : first.family) : source.title).toLowerCase()
}

/** Which claims and sources each article cites, worked out once per graph from the Markdown bodies. */
const citedIds = new WeakMap<ContentGraph, Map<string, Set<string>>>()
function citedIdsByArticle(content: ContentGraph): Map<string, Set<string>> {
  let cited = citedIds.get(content)
  if (!cited) {
    cited = new Map(
      [...content.articles.values()].map((a) => [
        a.slug,
        new Set(listCitations(parseMarkdown(a.body)).flatMap((c) => c.items.map((i) => i.id))),
      ]),
    )
    citedIds.set(content, cited)
  }
  return cited
}

/** Articles that cite a claim or source directly, by title. */
export function getArticlesCiting(content: ContentGraph, id: string): Article[] {
  const cited = citedIdsByArticle(content)
  return getAllArticles(content).filter((a) => cited.get(a.slug)?.has(id))
}

/** Claims that rest on a source. */
export function getClaimsSupportedBy(content: ContentGraph, sourceId: string): Claim[] {
  return getAllClaims(content).filter((c) => c.sources.some((s) => s.source === sourceId))
}

/** The articles named in an article's `related` list, in that order. */
export function getRelatedArticles(content: ContentGraph, article: Article): Article[] {
  return article.related.map((slug) => content.articles.get(slug)).filter((a): a is Article => a !== undefined)
}

export const getArticlesByTopic = (content: ContentGraph, topic: Topic) => getAllArticles(content).filter((a) => a.topic === topic)

/** Articles grouped by topic, topics in the schema's order, empty topics left out. */
export function getArticlesGroupedByTopic(content: ContentGraph) {
  return TOPICS.map((topic) => ({ topic, label: TOPIC_LABELS[topic], articles: getArticlesByTopic(content, topic) })).filter(
    (g) => g.articles.length > 0,
  )
}

/** Filter choices for the claims list: the grades, then definitions and statistics; topics in use. */
export function getClaimFilterOptions(content: ContentGraph) {
  const claims = getAllClaims(content)
  const grades = [
    ...GRADES.map((g) => ({ value: g, label: GRADE_MEANINGS[g].label })),
    { value: 'definition', label: 'Definitions (not graded)' },
    { value: 'statistic', label: 'Official statistics (not graded)' },
  ]
  const topics = TOPICS.filter((t) => claims.some((c) => c.topic === t)).map((t) => ({ value: t, label: TOPIC_LABELS[t] }))
  return { grades, topics }
}

/** The questions most readers start with, in reading order; those that exist. */
export function getFeaturedArticles(content: ContentGraph): Article[] {
  return ['what-is-an-iop', 'do-iops-work', 'how-to-choose-an-iop', 'levels-of-care-compared']
    .map((slug) => content.articles.get(slug))
    .filter((a): a is Article => a !== undefined)
}

export const getSiteCounts = (content: ContentGraph) => ({
  articles: content.articles.size,
  claims: content.claims.size,
  sources: content.sources.size,
})

/** Every address an article answers at: its slug, then old slugs kept working by redirectFrom. */
export const getArticleAddresses = (content: ContentGraph): string[] => getAllArticles(content).flatMap((a) => [a.slug, ...a.redirectFrom])

/** The article an address belongs to, and whether the address is an old one that redirects. */
export function resolveArticleAddress(content: ContentGraph, slug: string): { article: Article; isRedirect: boolean } | undefined {
  const article = content.articles.get(slug)
  if (article) return { article, isRedirect: false }
  const moved = getAllArticles(content).find((a) => a.redirectFrom.includes(slug))
  return moved ? { article: moved, isRedirect: true } : undefined
}

/** Articles written for patients or families: the ones staff hand out. */
export const getHandoutArticles = (content: ContentGraph): Article[] =>
  getAllArticles(content).filter((a) => a.audience.includes('people-considering-treatment') || a.audience.includes('families'))

export const getLevelsOfCare = (content: ContentGraph): LevelOfCare[] =>
  [...content.levelsOfCare.values()].sort((a, b) => a.order - b.order)
export const getLevelOfCare = (content: ContentGraph, id: string): LevelOfCare | undefined => content.levelsOfCare.get(id)

/** The /choose/ items of one kind, in their order. */
export const getChooseItems = (content: ContentGraph, kind: ChooseItem['kind']): ChooseItem[] =>
  [...content.chooseItems.values()].filter((i) => i.kind === kind).sort((a, b) => a.order - b.order)

const byOrder = <T extends { order: number }>(docs: Iterable<T>): T[] => [...docs].sort((a, b) => a.order - b.order)

/** The /questions/ themes in their order, each with its questions in the file's order. */
export const getQuestionThemes = (content: ContentGraph): QuestionTheme[] => byOrder(content.questionThemes.values())

/** The /decide/ options, least intensive first, waiting last; the values a person rates, in their order. */
export const getDecisionOptions = (content: ContentGraph): DecisionOption[] => byOrder(content.decisionOptions.values())
export const getDecisionValues = (content: ContentGraph): DecisionValue[] => byOrder(content.decisionValues.values())

/** The IPDAS self-assessment: qualifying criteria, then certification criteria, each in order. */
export const getIpdasCriteria = (content: ContentGraph, group: IpdasCriterion['group']): IpdasCriterion[] =>
  byOrder([...content.ipdasCriteria.values()].filter((c) => c.group === group))

const PAGE_TITLES: Record<string, string> = {
  [routes.getHelp()]: 'Get help now',
  [routes.compare()]: 'Levels of care compared',
  [routes.choose()]: 'How to check a program',
  [routes.worksheet()]: 'Program worksheet',
  [routes.claimCheck()]: 'Claim check',
  [routes.glossary()]: 'Glossary',
  [routes.questions()]: 'Questions people ask',
  [routes.handouts()]: 'Handouts to print',
  [routes.decide()]: 'Which level of care should I ask about first?',
  [routes.decideStandards()]: 'How the decision aid measures up',
}

/** What a link to a page of this site leads to, in words: an article's title, or the page's name. */
export function titleOfAddress(content: ContentGraph, href: string): string {
  const path = href.split('#')[0]
  const slug = /^\/articles\/([^/]+)\/$/.exec(path)?.[1]
  if (slug) return resolveArticleAddress(content, slug)?.article.title ?? 'the article'
  return PAGE_TITLES[path] ?? 'the page'
}

/** The handouts staff print, by title. */
export const getHandouts = (content: ContentGraph): Handout[] =>
  [...content.handouts.values()].sort((a, b) => a.title.localeCompare(b.title))
