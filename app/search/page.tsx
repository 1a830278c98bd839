import type { Metadata } from 'next'
import { PrintHeader } from '@/components/layout/print-header'
import { SearchBox } from '@/components/search/search-box'
import { pageMetadata } from '@/lib/page-metadata'
import { routes } from '@/lib/routes'

export const metadata: Metadata = pageMetadata({
  title: 'Search',
  description: 'Search the articles, claims, glossary and guides.',
  path: routes.search(),
})

export default function SearchPage() {
  return (
    <>
      <PrintHeader path={routes.search()} />
      <h1 className="mb-4 text-3xl font-bold">Search</h1>
      <SearchBox
        fallback={
          <p>
            Search needs JavaScript, which is off in your browser. You can still find every page from the{' '}
            <a href={routes.articles()}>list of articles</a> or the <a href={routes.glossary()}>glossary</a>.
          </p>
        }
      />
      <p className="mt-8 text-sm">Search runs in your browser. What you type is not sent anywhere.</p>
    </>
  )
}
