import type { ContentGraph } from '../content/graph'
import { getAllGlossaryTerms } from '../content/queries'
import { linkGlossaryTerms, type TermForms } from '../markdown/link-glossary-terms'
import { prepareCitedMarkdown, type CitedMarkdown } from '../markdown/prepare-cited-markdown'
import { routes } from '../routes'
import { resolveCitation } from './resolve-citation'

const glossaryForms = (content: ContentGraph): TermForms[] =>
  getAllGlossaryTerms(content).map((t) => ({
    id: t.id,
    href: routes.glossaryTerm(t.id),
    words: [t.term, ...t.aliases],
    abbreviation: t.abbreviation,
  }))

/**
 * A page's Markdown blocks, by name and in reading order, cited against the site's claims and sources.
 * With `linkTerms`, the first use of each glossary term links to the glossary (articles).
 */
export function citePage(content: ContentGraph, blocks: Record<string, string>, { linkTerms = false } = {}): CitedMarkdown {
  const forms = linkTerms ? glossaryForms(content) : []
  return prepareCitedMarkdown(blocks, {
    resolve: (id) => resolveCitation(content, id),
    transform: linkTerms ? (tree) => linkGlossaryTerms(tree, forms) : undefined,
  })
}
