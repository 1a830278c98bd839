import type { Handout } from '@/lib/content/schema'
import type { CitedMarkdown } from '@/lib/markdown/prepare-cited-markdown'
import { formatDate } from '@/lib/format-date'
import { SourceList } from '../citations/source-list'
import { PrintHeader } from '../layout/print-header'
import { MarkdownBody } from '../markdown/markdown-body'
import { PrintButton } from '../layout/print-button'

/**
 * A one-sheet handout: on paper, the QR code and address of the full page and the review date at the top, the short
 * cited text, its sources in small print, and the crisis lines (the site footer) at the foot. At most 2 Letter pages.
 */
export function HandoutView({ handout, cited, fullPageTitle }: { handout: Handout; cited: CitedMarkdown; fullPageTitle: string }) {
  return (
    <article data-pagefind-body className="handout">
      <PrintHeader path={handout.fullPage} lastReviewed={handout.lastReviewed} label="The full page, with more detail:" />
      <h1 className="text-3xl font-bold">{handout.title}</h1>
      <p className="review-summary mt-2">
        Handout · last reviewed <time dateTime={handout.lastReviewed}>{formatDate(handout.lastReviewed)}</time> · more detail:{' '}
        <a href={handout.fullPage}>{fullPageTitle}</a>
      </p>
      <PrintButton label="Print this handout" />
      <div className="prose mt-4 max-w-none prose-a:text-link">
        <MarkdownBody tree={cited.trees.body} cited={cited} />
      </div>
      <SourceList entries={cited.entries} targets={cited.targets} compact="sheet" />
    </article>
  )
}
