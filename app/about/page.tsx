import type { Metadata } from 'next'
import { EvidenceGrade } from '@/components/citations/evidence-grade'
import { PrintHeader } from '@/components/layout/print-header'
import { PageBlock } from '@/components/markdown/page-block'
import { citePage } from '@/lib/citations/cite-page'
import { GRADE_MEANINGS } from '@/lib/citations/evidence-labels'
import { getContent } from '@/lib/content/content'
import { markdownBlocks } from '@/lib/content/content-types'
import { getPage } from '@/lib/content/queries'
import { GRADES } from '@/lib/content/schema'
import { pageMetadata } from '@/lib/page-metadata'
import { routes } from '@/lib/routes'
import { site } from '@/lib/site'

export function generateMetadata(): Metadata {
  const page = getPage(getContent(), 'about')
  return pageMetadata({ title: page.title, description: page.description, path: routes.about() })
}

export default function AboutPage() {
  const content = getContent()
  const page = getPage(content, 'about')
  const cited = citePage(content, markdownBlocks('Page', [page]))
  return (
    <div className="prose max-w-none prose-a:text-link">
      <PrintHeader path={routes.about()} />
      <h1>{page.title}</h1>
      <PageBlock page={page} block="body" cited={cited} />
      <PageBlock page={page} block="blocks.grades-intro" cited={cited} />
      <dl>
        {GRADES.map((g) => (
          <div key={g}>
            <dt>
              <EvidenceGrade grade={g} />
            </dt>
            <dd>{GRADE_MEANINGS[g].meaning}</dd>
          </div>
        ))}
      </dl>
      <PageBlock page={page} block="blocks.after-grades" cited={cited} />
      {site.reportErrorUrl ? (
        <p>
          <a href={site.reportErrorUrl}>Report an error</a>
        </p>
      ) : (
        <PageBlock page={page} block="blocks.no-contact-address" cited={cited} />
      )}
      <PageBlock page={page} block="blocks.not-advice" cited={cited} />
    </div>
  )
}
