import type { Metadata } from 'next'
import { ArticleList } from '@/components/article/article-list'
import { PrintHeader } from '@/components/layout/print-header'
import { PageBlock } from '@/components/markdown/page-block'
import { citePage } from '@/lib/citations/cite-page'
import { getContent } from '@/lib/content/content'
import { markdownBlocks } from '@/lib/content/content-types'
import { getFeaturedArticles, getPage, getSiteCounts } from '@/lib/content/queries'
import { pageMetadata } from '@/lib/page-metadata'
import { routes } from '@/lib/routes'
import { site } from '@/lib/site'

export const generateMetadata = (): Metadata =>
  pageMetadata({ title: site.name, description: getPage(getContent(), 'home').description, path: routes.home() })

/** The three ways in: the reader, a family member or friend, clinic staff. Each block is a short list of links. */
const ENTRY_PATHS = [
  { block: 'for-myself', title: 'For myself' },
  { block: 'for-someone', title: 'For someone I love' },
  { block: 'for-patients', title: 'For my patients (clinic staff)' },
] as const

export default function HomePage() {
  const content = getContent()
  const page = getPage(content, 'home')
  const cited = citePage(content, markdownBlocks('Page', [page]))
  const counts = getSiteCounts(content)
  return (
    <>
      <PrintHeader path={routes.home()} />
      <h1 className="text-3xl font-bold">{page.title}</h1>
      <nav aria-labelledby="ways-in-heading" className="mt-4">
        <h2 id="ways-in-heading" className="mb-3 text-xl font-bold">
          Where do you want to start?
        </h2>
        <ul className="entry-paths">
          {ENTRY_PATHS.map(({ block, title }) => (
            <li key={block} className="entry-path">
              <h3 className="text-lg font-bold">{title}</h3>
              <div className="prose max-w-none prose-a:text-link">
                <PageBlock page={page} block={`blocks.${block}`} cited={cited} />
              </div>
            </li>
          ))}
        </ul>
      </nav>
      <div className="prose mt-8 max-w-none text-lg prose-a:text-link">
        <PageBlock page={page} block="body" cited={cited} />
      </div>
      <h2 className="mt-10 mb-4 text-xl font-bold">Compare and choose</h2>
      <div className="prose max-w-none prose-a:text-link">
        <PageBlock page={page} block="blocks.compare-and-choose" cited={cited} />
      </div>
      <h2 className="mt-10 mb-4 text-xl font-bold">Start here</h2>
      <ArticleList articles={getFeaturedArticles(content)} />
      <p className="mt-6">
        <a href={routes.articles()}>All {counts.articles} articles</a> ·{' '}
        <a href={routes.claims()}>All {counts.claims} claims and their evidence</a> ·{' '}
        <a href={routes.sources()}>All {counts.sources} sources</a> · <a href={routes.forStaff()}>For clinic staff</a>
      </p>
    </>
  )
}
