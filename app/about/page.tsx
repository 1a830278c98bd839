import type { Metadata } from 'next'
import { PrintHeader } from '@/components/layout/print-header'
import { pageMetadata } from '@/lib/page-metadata'
import { EvidenceGrade } from '@/components/citations/evidence-grade'
import { GRADE_MEANINGS } from '@/lib/citations/evidence-labels'
import { GRADES } from '@/lib/content/schema'
import { routes } from '@/lib/routes'
import { site } from '@/lib/site'

export const metadata: Metadata = pageMetadata({
  title: 'About this site',
  description: 'Who writes this site, how we grade evidence, how we are funded, and how to report an error.',
  path: routes.about(),
})

export default function AboutPage() {
  return (
    <div className="prose max-w-none prose-a:text-link">
      <PrintHeader path={routes.about()} />
      <h1>About this site</h1>
      <p>
        The {site.name} explains intensive outpatient programs (IOPs) for substance use and co-occurring mental health conditions, and
        compares them with the other kinds of care. It is written for people considering treatment, for families, and for clinic staff who
        share pages with patients.
      </p>
      <h2>Editorial policy</h2>
      <ul>
        <li>
          Every effect, number, comparison or recommendation carries a citation to a claim, and every claim names its sources with the page,
          table or section.
        </li>
        <li>
          We use systematic reviews, guidelines and government program guides, randomized trials, large observational studies and government
          data. We never cite a treatment center’s marketing.
        </li>
        <li>We write in our own words. Facts come from the sources; sentences do not.</li>
        <li>Where good research is missing, we say so rather than fill the gap.</li>
        <li>Every article shows when it was last reviewed and when its next review is due.</li>
      </ul>
      <h2>How we grade evidence</h2>
      <p>Claims about what treatment does (effects) carry one of four grades, and the wording of the sentence matches the grade:</p>
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
      <p>
        Definitions (what a rule or guideline says) and statistics (figures from government data) are not graded; the type of the source
        tells you what they are. See <a href={routes.claims()}>every claim and its grade</a>.
      </p>
      <h2>Who writes this site</h2>
      <p>
        The site’s editorial team writes every page. No clinician has reviewed the pages yet, and each page says so. We will name any
        clinical reviewer, with their credentials, on the pages they review. We do not publish testimonials.
      </p>
      <h2>Funding and advertising</h2>
      <p>
        None. The site is non-commercial: no advertising, no sponsored content, no referral fees, and no payments from treatment programs.
      </p>
      <h2>Privacy</h2>
      <p>
        Reading about treatment is private. The site sets no cookies, uses no analytics or trackers, and loads nothing from other websites.
      </p>
      <h2>Report an error</h2>
      {site.reportErrorUrl ? (
        <p>
          If you find a mistake, a broken link, or a claim that does not match its source, <a href={site.reportErrorUrl}>tell us here</a>.
          Please name the page and the sentence.
        </p>
      ) : (
        <p>
          If you find a mistake, a broken link, or a claim that does not match its source, please tell the team that runs this copy of the
          site, naming the page and the sentence. (This copy has no contact address configured.)
        </p>
      )}
      <h2>Not medical advice</h2>
      <p>
        This site gives information, not a diagnosis, medical advice or a referral. For a professional assessment, talk to a doctor, or call
        the SAMHSA National Helpline (listed at the bottom of every page).
      </p>
    </div>
  )
}
