import type { Metadata } from 'next'
import { PrintHeader } from '@/components/layout/print-header'
import { getContent } from '@/lib/content/content'
import { pageMetadata } from '@/lib/page-metadata'
import { SourceReference } from '@/components/citations/source-reference'
import { showSource } from '@/lib/citations/resolve-citation'
import { getAllSources, getArticlesCiting, getClaimsSupportedBy } from '@/lib/content/queries'
import { routes, sourceAnchorId } from '@/lib/routes'

export const metadata: Metadata = pageMetadata({
  title: 'Sources',
  description: 'Every study, guideline, rule and data set this site relies on, and the claims each supports.',
  path: routes.sources(),
})

export default function SourcesPage() {
  const content = getContent()
  const sources = getAllSources(content)
  return (
    <>
      <PrintHeader path={routes.sources()} />
      <h1 className="text-3xl font-bold">Sources</h1>
      <p className="mt-2 mb-6">
        The {sources.length} studies, guidelines, rules and data sets behind this site, in APA style. Under each: the claims it supports.
      </p>
      <ol className="space-y-6">
        {sources.map((source) => {
          const claims = getClaimsSupportedBy(content, source.id)
          const articles = getArticlesCiting(content, source.id)
          return (
            <li key={source.id} id={sourceAnchorId(source.id)} className="source-entry scroll-mt-4 border-b border-rule pb-4">
              <SourceReference source={showSource(source)} />
              {claims.length > 0 ? (
                <details className="mt-2">
                  <summary className="cursor-pointer text-sm font-semibold">
                    Supports {claims.length === 1 ? '1 claim' : `${claims.length} claims`}
                  </summary>
                  <ul className="mt-1 list-disc space-y-1 pl-6 text-sm">
                    {claims.map((c) => (
                      <li key={c.id}>
                        <a href={routes.claim(c.id)}>{c.statement}</a>
                      </li>
                    ))}
                  </ul>
                </details>
              ) : (
                <p className="mt-2 text-sm">No claim on the site rests on this source yet.</p>
              )}
              {articles.length > 0 ? (
                <p className="mt-1 text-sm">
                  Cited directly in:{' '}
                  {articles.map((a, i) => (
                    <span key={a.slug}>
                      {i > 0 ? ', ' : null}
                      <a href={routes.article(a.slug)}>{a.title}</a>
                    </span>
                  ))}
                </p>
              ) : null}
            </li>
          )
        })}
      </ol>
    </>
  )
}
