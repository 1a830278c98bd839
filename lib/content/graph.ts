import type {
  Article,
  ChooseItem,
  Claim,
  ClaimCheck,
  DecisionOption,
  DecisionValue,
  GlossaryTerm,
  Handout,
  IpdasCriterion,
  LevelOfCare,
  Page,
  QuestionTheme,
  Source,
} from './schema'

/** All content, validated, keyed by id (articles by slug). Built by loadContent; the check, the pages and the tests use it. */
export interface ContentGraph {
  sources: Map<string, Source>
  claims: Map<string, Claim>
  articles: Map<string, Article>
  glossary: Map<string, GlossaryTerm>
  claimChecks: Map<string, ClaimCheck>
  levelsOfCare: Map<string, LevelOfCare>
  chooseItems: Map<string, ChooseItem>
  pages: Map<string, Page>
  questionThemes: Map<string, QuestionTheme>
  decisionOptions: Map<string, DecisionOption>
  decisionValues: Map<string, DecisionValue>
  ipdasCriteria: Map<string, IpdasCriterion>
  handouts: Map<string, Handout>
}

export const GRAPH_KEYS = [
  'sources',
  'claims',
  'articles',
  'glossary',
  'claimChecks',
  'levelsOfCare',
  'chooseItems',
  'pages',
  'questionThemes',
  'decisionOptions',
  'decisionValues',
  'ipdasCriteria',
  'handouts',
] as const satisfies readonly (keyof ContentGraph)[]

export const emptyGraph = (): ContentGraph => Object.fromEntries(GRAPH_KEYS.map((key) => [key, new Map()])) as unknown as ContentGraph

/** The graph as JSON (maps as [id, document] lists): what the check writes for the pages to read. */
export const graphToJson = (graph: ContentGraph) => Object.fromEntries(GRAPH_KEYS.map((key) => [key, [...graph[key].entries()]]))

export function graphFromJson(json: Record<string, [string, unknown][]>): ContentGraph {
  const graph = emptyGraph()
  for (const key of GRAPH_KEYS) {
    if (!Array.isArray(json[key])) throw new Error(`the content graph has no "${key}" list (run npm run check:content to rebuild it)`)
    ;(graph[key] as Map<string, unknown>) = new Map(json[key])
  }
  return graph
}
