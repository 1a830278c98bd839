/** The only place that knows the site's addresses. Every internal link goes through here. */
export const routes = {
  home: () => '/',
  articles: () => '/articles/',
  article: (slug: string) => `/articles/${slug}/`,
  claims: () => '/claims/',
  claim: (id: string) => `/claims/${id}/`,
  sources: () => '/sources/',
  glossary: () => '/glossary/',
  glossaryTerm: (id: string) => `/glossary/#${glossaryAnchorId(id)}`,
  claimCheck: () => '/claim-check/',
  about: () => '/about/',
  search: () => '/search/',
  feed: () => '/feed.xml',
  sitemap: () => '/sitemap.xml',
  forStaff: () => '/for-staff/',
  compare: () => '/compare/',
  compareLevel: (id: string) => `/compare/${id}/`,
  choose: () => '/choose/',
  worksheet: () => '/choose/worksheet/',
  getHelp: () => '/get-help/',
  questions: () => '/questions/',
  question: (id: string) => `/questions/#${id}`,
  decide: () => '/decide/',
  decideStandards: () => '/decide/standards/',
  handouts: () => '/handouts/',
  handout: (id: string) => `/handouts/${id}/`,
  /** A page's own Sources list entry. */
  sourceAnchor: (number: number) => `#${sourceListId(number)}`,
}

export const sourceListId = (number: number) => `source-${number}`
export const citeBacklinkId = (number: number, occurrence: number) => `cite-${number}-${occurrence + 1}`
export const sourceAnchorId = (id: string) => `src-${id}`
export const glossaryAnchorId = (id: string) => `term-${id}`
