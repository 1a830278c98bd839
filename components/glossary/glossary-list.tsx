import type { GlossaryTerm } from '@/lib/content/schema'
import { blockName } from '@/lib/content/content-types'
import type { CitedMarkdown } from '@/lib/markdown/prepare-cited-markdown'
import { glossaryAnchorId, routes } from '@/lib/routes'
import { MarkdownBody } from '../markdown/markdown-body'

/** Glossary terms with their definitions (cited Markdown) and related terms; each term's definition is its block. */
export function GlossaryList({ terms, cited, names }: { terms: GlossaryTerm[]; cited: CitedMarkdown; names: Record<string, string> }) {
  return (
    <dl className="space-y-6" data-pagefind-body>
      {terms.map((term) => (
        <div key={term.id} id={glossaryAnchorId(term.id)} className="source-entry scroll-mt-4 border-b border-rule pb-4">
          <dt className="text-lg font-bold">
            {term.term}
            {term.abbreviation ? ` (${term.abbreviation})` : null}
          </dt>
          <dd className="mt-1">
            <div className="prose max-w-none prose-a:text-link">
              <MarkdownBody tree={cited.trees[blockName(term.id, 'definition')]} cited={cited} />
            </div>
            {term.related.length > 0 ? (
              <p className="mt-1 text-sm">
                See also:{' '}
                {term.related.map((id, j) => (
                  <span key={id}>
                    {j > 0 ? ', ' : null}
                    <a href={routes.glossaryTerm(id)}>{names[id]}</a>
                  </span>
                ))}
              </p>
            ) : null}
          </dd>
        </div>
      ))}
    </dl>
  )
}
