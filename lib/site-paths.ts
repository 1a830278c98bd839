import { getAllArticles, getAllClaims, getLevelsOfCare } from './content/queries'
import { routes } from './routes'

/** Every real page of the site (not redirects), with the date it last changed where content says so. */
export function listSitePaths(): { path: string; lastModified?: string }[] {
  return [
    { path: routes.home() },
    { path: routes.articles() },
    ...getAllArticles().map((a) => ({ path: routes.article(a.slug), lastModified: a.updated })),
    { path: routes.claims() },
    ...getAllClaims().map((c) => ({ path: routes.claim(c.id), lastModified: c.lastReviewed })),
    { path: routes.sources() },
    { path: routes.glossary() },
    { path: routes.claimCheck() },
    { path: routes.about() },
    { path: routes.compare() },
    ...getLevelsOfCare().map((l) => ({ path: routes.compareLevel(l.id), lastModified: l.lastReviewed })),
    { path: routes.choose() },
    { path: routes.worksheet() },
    { path: routes.search() },
    { path: routes.forStaff() },
  ]
}
