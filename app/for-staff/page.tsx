import type { Metadata } from 'next'
import { ArticleList } from '@/components/article/article-list'
import { PrintHeader } from '@/components/layout/print-header'
import { getHandoutArticles } from '@/lib/content/queries'
import { pageMetadata } from '@/lib/page-metadata'
import { routes } from '@/lib/routes'
import { site } from '@/lib/site'

export const metadata: Metadata = pageMetadata({
  title: 'For clinic staff: handouts, links and printing',
  description: 'How clinicians and case managers can share and print pages for patients and families.',
  path: routes.forStaff(),
})

export default function ForStaffPage() {
  return (
    <div className="prose max-w-none prose-a:text-link">
      <PrintHeader path={routes.forStaff()} />
      <h1>For clinic staff</h1>
      <p>
        This page is for clinicians, counselors and case managers who share our pages with patients and families. Every page is free to
        print, copy and link to. Nothing on the site asks for personal details or tracks who reads it.
      </p>
      <h2>Handouts</h2>
      <p>The pages written for patients and families, and the tools they use to compare options:</p>
      <ArticleList articles={getHandoutArticles()} />
      <ul>
        <li>
          <a href={routes.compare()}>Levels of care side by side</a>: one table, printable on paper.
        </li>
        <li>
          <a href={routes.choose()}>How to choose a program</a> and its <a href={routes.worksheet()}>worksheet</a> for comparing programs.
        </li>
        <li>
          <a href={routes.claimCheck()}>Claim check</a>: common claims on treatment websites, checked against the evidence.
        </li>
      </ul>
      <h2>Linking to a page</h2>
      <p>
        Each page’s address is permanent: if we rename a page, the old address keeps working. Link to the full address, for example{' '}
        <code>{`${site.url}${routes.article('what-is-an-iop')}`}</code>. Every page has a “Copy link to this page” button at the bottom, and
        its address prints at the top of the paper copy.
      </p>
      <h2>Printing</h2>
      <p>
        Use your browser’s Print command. The printout leaves out the menus and buttons, and starts with the page address, the date the page
        was last reviewed, and a QR code that opens the page on a phone. Citation numbers stay in the text, and the Sources list prints with
        each DOI or PubMed number written out.
      </p>
      <h2>What this site is not</h2>
      <p>
        It gives information, not a diagnosis or a referral. For an assessment and referral, patients can use FindTreatment.gov or call the
        SAMHSA National Helpline (listed at the bottom of every page).
      </p>
    </div>
  )
}
