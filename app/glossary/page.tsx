import type { Metadata } from 'next'
import { PrintHeader } from '@/components/layout/print-header'
import { getContent } from '@/lib/content/content'
import { pageMetadata } from '@/lib/page-metadata'
import { routes } from '@/lib/routes'
import { SourceList } from '@/components/citations/source-list'
import { GlossaryList } from '@/components/glossary/glossary-list'
import { citePage } from '@/lib/citations/cite-page'
import { markdownBlocks } from '@/lib/content/content-types'
import { getAllGlossaryTerms } from '@/lib/content/queries'

export const metadata: Metadata = pageMetadata({
  title: 'Glossary',
  description: 'Plain-language meanings of the words you meet when looking for treatment.',
  path: routes.glossary(),
})

export default function GlossaryPage() {
  const content = getContent()
  const terms = getAllGlossaryTerms(content)
  const cited = citePage(content, markdownBlocks('GlossaryTerm', terms))
  const names = Object.fromEntries(terms.map((t) => [t.id, t.term]))
  return (
    <>
      <PrintHeader path={routes.glossary()} />
      <h1 className="text-3xl font-bold">Glossary</h1>
      <p className="mt-2 mb-6">
        Plain meanings of {terms.length} words you meet when looking into treatment. Articles link each word here the first time they use
        it.
      </p>
      <GlossaryList terms={terms} cited={cited} names={names} />
      <SourceList entries={cited.entries} targets={cited.targets} />
    </>
  )
}
