import type { DecisionOption, DecisionValue, Page } from '@/lib/content/schema'
import { sureQuestions } from '@/lib/content/decide'
import { formatDate } from '@/lib/format-date'
import type { CitedMarkdown } from '@/lib/markdown/prepare-cited-markdown'
import { routes } from '@/lib/routes'
import { SourceList } from '../citations/source-list'
import { PrintButton } from '../layout/print-button'
import { HelpBox } from '../help/help-box'
import { OnThisPage } from '../layout/on-this-page'
import { PrintHeader } from '../layout/print-header'
import { PageBlock } from '../markdown/page-block'
import { DecideControls } from './decide-controls'
import { FitsMatrix } from './fits-matrix'
import { OptionCard } from './option-card'
import { OptionFitsList } from './option-fits'
import { SureTest } from './sure-test'
import { ValuesForm } from './values-form'

/** The page's sections: their ids, and the headings both the contents and the sections show. */
const SECTIONS = {
  'the-decision': 'The decision, and who makes it',
  'the-options': 'The options, side by side',
  'what-matters': 'What matters to you',
  'how-they-fit': 'How each option fits what matters to you',
  'are-you-ready': 'Are you ready to talk it through?',
  'take-it-with-you': 'Take this to your assessment',
  'about-this-aid': 'About this decision aid',
} as const

/**
 * The decision aid, built to the IPDAS standards: the decision and who makes it, the options in one shape, what matters
 * to the reader and how each option fits (never ranked), the SURE test and the sheet to take along. A printable form
 * without JavaScript; public/decide.js keeps the answers on the device.
 */
export function DecideView({
  page,
  helpBox,
  options,
  values,
  cited,
}: {
  page: Page
  helpBox: Page
  options: DecisionOption[]
  values: DecisionValue[]
  cited: CitedMarkdown
}) {
  return (
    <article data-pagefind-body className="decide-page">
      <PrintHeader path={routes.decide()} lastReviewed={page.lastReviewed} />
      <h1 className="text-3xl font-bold">{page.title}</h1>
      <p className="review-summary mt-2">
        A decision aid · last reviewed <time dateTime={page.lastReviewed}>{formatDate(page.lastReviewed)}</time>
        {page.nextReview ? (
          <>
            {' '}
            · next review due <time dateTime={page.nextReview}>{formatDate(page.nextReview)}</time>
          </>
        ) : null}{' '}
        · not yet tested with patients or reviewed by a clinician · <a href={routes.decideStandards()}>how it measures up</a>
      </p>
      <div className="prose mt-4 max-w-none prose-a:text-link">
        <PageBlock page={page} block="body" cited={cited} />
      </div>
      <HelpBox>
        <PageBlock page={helpBox} block="body" cited={cited} />
      </HelpBox>
      <p className="print-only text-sm">
        My “what matters to me” sheet, to take to an assessment. The options and the sources for every statement are on the page online
        (scan the code above).
      </p>
      <OnThisPage sections={Object.entries(SECTIONS).map(([id, title]) => ({ id, title }))} />

      <section aria-labelledby="the-decision" className="prose max-w-none prose-a:text-link">
        <h2 id="the-decision">{SECTIONS['the-decision']}</h2>
        <PageBlock page={page} block="blocks.decision" cited={cited} />
        <PageBlock page={page} block="blocks.situation" cited={cited} />
        <PageBlock page={page} block="blocks.who-for" cited={cited} />
      </section>

      <section aria-labelledby="the-options" className="decide-options mt-10">
        <h2 id="the-options" className="text-2xl font-bold">
          {SECTIONS['the-options']}
        </h2>
        <p className="mt-2">
          Each option below has the same parts, in the same order: a typical week, good points, downsides and burdens, what the research
          shows, how sure we are, and what is not known.
        </p>
        <div className="mt-6 space-y-10">
          {options.map((option) => (
            <OptionCard key={option.id} option={option} cited={cited} />
          ))}
        </div>
      </section>

      <form data-decide-form className="mt-10 space-y-10" aria-label="What matters to me">
        <section aria-labelledby="what-matters">
          <h2 id="what-matters" className="text-2xl font-bold">
            {SECTIONS['what-matters']}
          </h2>
          <div className="prose mt-2 max-w-none prose-a:text-link">
            <PageBlock page={page} block="blocks.values-intro" cited={cited} />
          </div>
          <DecideControls />
          <div className="mt-4">
            <ValuesForm values={values} />
          </div>
        </section>

        <section aria-labelledby="how-they-fit" className="decide-fits">
          <h2 id="how-they-fit" className="text-2xl font-bold">
            {SECTIONS['how-they-fit']}
          </h2>
          <p className="mt-2">
            The options stay in the same order whatever you answer. This is not a score, and it does not pick a level of care for you.
          </p>
          <div className="mt-4">
            <OptionFitsList options={options} values={values} cited={cited} />
          </div>
          <FitsMatrix options={options} values={values} />
        </section>

        <section aria-labelledby="are-you-ready">
          <h2 id="are-you-ready" className="text-2xl font-bold">
            {SECTIONS['are-you-ready']}
          </h2>
          <div className="prose mt-2 max-w-none prose-a:text-link">
            <PageBlock page={page} block="blocks.sure-intro" cited={cited} />
          </div>
          <div className="mt-4">
            <SureTest
              questions={sureQuestions(page.blocks['sure-items'] ?? '')}
              ifNo={<PageBlock page={page} block="blocks.sure-if-no" cited={cited} />}
              allYes={<PageBlock page={page} block="blocks.sure-all-yes" cited={cited} />}
            />
          </div>
        </section>

        <section aria-labelledby="take-it-with-you">
          <h2 id="take-it-with-you" className="text-2xl font-bold">
            {SECTIONS['take-it-with-you']}
          </h2>
          <div className="mt-4 space-y-4">
            <label className="block">
              <span className="font-semibold">The option I want to ask about first</span>
              <select name="leaning" className="field mt-1 block">
                <option value="">Not sure yet</option>
                {options.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            </label>
            <label className="block">
              <span className="font-semibold">My questions and notes</span>
              <textarea name="notes" rows={5} maxLength={4000} className="field mt-1 block w-full" />
            </label>
          </div>
          <div className="prose mt-6 max-w-none prose-a:text-link">
            <PageBlock page={page} block="blocks.questions-to-ask" cited={cited} />
          </div>
          <PrintButton
            className="mt-4"
            label="Print my “what matters to me” sheet"
            fallback="To print this sheet, use your browser’s Print command. The options are left off the paper."
          />
        </section>
      </form>

      <section aria-labelledby="about-this-aid" className="prose mt-10 max-w-none prose-a:text-link">
        <h2 id="about-this-aid">{SECTIONS['about-this-aid']}</h2>
        <PageBlock page={page} block="blocks.about-this-aid" cited={cited} />
        <p>
          <a href={routes.decideStandards()}>How this aid measures up to the international standards for decision aids (IPDAS)</a>
        </p>
      </section>
      <SourceList entries={cited.entries} targets={cited.targets} />
      <script src="/decide.js" defer />
    </article>
  )
}
