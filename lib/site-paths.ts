import type { ContentGraph } from './content/graph'
import {
  getAllArticles,
  getAllClaimChecks,
  getAllClaims,
  getAllGlossaryTerms,
  getAllSources,
  getChooseItems,
  getLevelsOfCare,
  getHandouts,
  getQuestionThemes,
} from './content/queries'
import { glossaryAnchorId, routes, sourceAnchorId } from './routes'

/** Every real page of the site (not redirects), with the date it last changed where content says so. */
export function listSitePaths(content: ContentGraph): { path: string; lastModified?: string }[] {
  return [
    { path: routes.home() },
    { path: routes.articles() },
    ...getAllArticles(content).map((a) => ({ path: routes.article(a.slug), lastModified: a.updated })),
    { path: routes.claims() },
    ...getAllClaims(content).map((c) => ({ path: routes.claim(c.id), lastModified: c.lastReviewed })),
    { path: routes.sources() },
    { path: routes.glossary() },
    { path: routes.claimCheck() },
    { path: routes.about() },
    { path: routes.compare() },
    ...getLevelsOfCare(content).map((l) => ({ path: routes.compareLevel(l.id), lastModified: l.lastReviewed })),
    { path: routes.choose() },
    { path: routes.worksheet() },
    { path: routes.search() },
    { path: routes.forStaff() },
    { path: routes.getHelp() },
    { path: routes.questions() },
    { path: routes.handouts() },
    { path: routes.decide() },
    { path: routes.decideStandards() },
    ...getHandouts(content).map((h) => ({ path: routes.handout(h.id), lastModified: h.lastReviewed })),
  ]
}

/** Addresses a link may point at: every page, old article addresses, and the feed. */
export function linkablePaths(content: ContentGraph): Set<string> {
  return new Set([
    ...listSitePaths(content).map((p) => p.path),
    ...getAllArticles(content).flatMap((a) => a.redirectFrom.map(routes.article)),
    routes.feed(),
    routes.sitemap(),
  ])
}

/** The ids a link's #fragment may name on pages whose ids come from content (article headings are added by the check). */
export function contentAnchors(content: ContentGraph): Map<string, Set<string>> {
  const choose = (['quality-sign', 'question', 'warning-sign'] as const).flatMap((kind) => getChooseItems(content, kind).map((i) => i.id))
  return new Map([
    [routes.glossary(), new Set(getAllGlossaryTerms(content).map((t) => glossaryAnchorId(t.id)))],
    [routes.sources(), new Set(getAllSources(content).map((s) => sourceAnchorId(s.id)))],
    [routes.choose(), new Set([...choose, 'signs-heading', 'questions-heading', 'warnings-heading'])],
    [routes.claimCheck(), new Set(getAllClaimChecks(content).map((c) => c.id))],
    [routes.questions(), new Set(getQuestionThemes(content).flatMap((t) => [t.id, ...t.questions.map((q) => q.id)]))],
  ])
}
