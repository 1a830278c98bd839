import type { Metadata } from 'next'
import { SourceList } from '@/components/citations/source-list'
import { DecideControls } from '@/components/decide/decide-controls'
import { FitsMatrix } from '@/components/decide/fits-matrix'
import { OptionCard } from '@/components/decide/option-card'
import { OptionFitsList } from '@/components/decide/option-fits'
import { SureTest } from '@/components/decide/sure-test'
import { ValuesForm } from '@/components/decide/values-form'
import { HelpBox } from '@/components/help/help-box'
import { OnThisPage } from '@/components/layout/on-this-page'
import { PrintHeader } from '@/components/layout/print-header'
import { PageBlock } from '@/components/markdown/page-block'
import { citePage } from '@/lib/citations/cite-page'
import { getContent } from '@/lib/content/content'
import { blockName, markdownBlocks } from '@/lib/content/content-types'
import { sureQuestions } from '@/lib/content/decide'
import { getDecisionOptions, getDecisionValues, getPage } from '@/lib/content/queries'
import { formatDate } from '@/lib/format-date'
import { pageMetadata } from '@/lib/page-metadata'
import { routes } from '@/lib/routes'

export function generateMetadata(): Metadata {
  const page = getPage(getContent(), 'decide')
  return pageMetadata({ title: page.title, description: page.description, path: routes.decide() })
}

const SECTIONS = [
  { id: 'the-decision', title: 'The decision, and who makes it' },
  { id: 'the-options', title: 'The options, side by side' },
  { id: 'what-matters', title: 'What matters to you' },
  { id: 'how-they-fit', title: 'How each option fits what matters to you' },
  { id: 'are-you-ready', title: 'Are you ready to talk it through?' },
  { id: 'take-it-with-you', title: 'Take this to your assessment' },
  { id: 'about-this-aid', title: 'About this decision aid' },
]

export default function DecidePage() {
  const content = getContent()
  const page = getPage(content, 'decide')
  const helpBox = getPage(content, 'help-box')
  const options = getDecisionOptions(content)
  const values = getDecisionValues(content)
  const pageBlocks = markdownBlocks('Page', [page])
  const optionBlocks = Object.entries(markdownBlocks('DecisionOption', options))
  const isFit = ([name]: [string, string]) => name.includes('.fits.')
  const pick = (...names: string[]) => Object.fromEntries(names.map((n) => [blockName(page.id, n), pageBlocks[blockName(page.id, n)]]))
  // Blocks in reading order, so citations are numbered as the page reads: the opening, the help box, the decision, the
  // option cards, the values, how each option fits, the SURE test, the questions, about the aid.
  const cited = citePage(
    content,
    {
      ...pick('body'),
      ...markdownBlocks('Page', [helpBox]),
      ...pick('blocks.decision', 'blocks.situation', 'blocks.who-for'),
      ...Object.fromEntries(optionBlocks.filter((b) => !isFit(b))),
      ...pick('blocks.values-intro'),
      ...Object.fromEntries(optionBlocks.filter(isFit)),
      ...pick('blocks.sure-intro', 'blocks.sure-if-no', 'blocks.sure-all-yes', 'blocks.questions-to-ask', 'blocks.about-this-aid'),
    },
    { linkTerms: true },
  )
  const sureItems = pageBlocks[blockName(page.id, 'blocks.sure-items')]
  const { lastReviewed } = page
  return (
    <article data-pagefind-body className="decide-page">
      <PrintHeader path={routes.decide()} lastReviewed={lastReviewed} />
      <h1 className="text-3xl font-bold">{page.title}</h1>
      <p className="review-summary mt-2">
        A decision aid · last reviewed <time dateTime={lastReviewed}>{formatDate(lastReviewed)}</time>
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
      <OnThisPage sections={SECTIONS} />

      <section aria-labelledby="the-decision" className="prose max-w-none prose-a:text-link">
        <h2 id="the-decision">The decision, and who makes it</h2>
        <PageBlock page={page} block="blocks.decision" cited={cited} />
        <PageBlock page={page} block="blocks.situation" cited={cited} />
        <PageBlock page={page} block="blocks.who-for" cited={cited} />
      </section>

      <section aria-labelledby="the-options" className="decide-options mt-10">
        <h2 id="the-options" className="text-2xl font-bold">
          The options, side by side
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
            What matters to you
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
            How each option fits what matters to you
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
            Are you ready to talk it through?
          </h2>
          <div className="prose mt-2 max-w-none prose-a:text-link">
            <PageBlock page={page} block="blocks.sure-intro" cited={cited} />
          </div>
          <div className="mt-4">
            <SureTest
              questions={sureQuestions(sureItems ?? '')}
              ifNo={<PageBlock page={page} block="blocks.sure-if-no" cited={cited} />}
              allYes={<PageBlock page={page} block="blocks.sure-all-yes" cited={cited} />}
            />
          </div>
        </section>

        <section aria-labelledby="take-it-with-you">
          <h2 id="take-it-with-you" className="text-2xl font-bold">
            Take this to your assessment
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
          <p className="no-print mt-4 text-sm">
            <button type="button" data-print hidden className="button">
              Print my “what matters to me” sheet
            </button>
            <span data-print-fallback> To print this sheet, use your browser’s Print command. The options are left off the paper.</span>
          </p>
        </section>
      </form>

      <section aria-labelledby="about-this-aid" className="prose mt-10 max-w-none prose-a:text-link">
        <h2 id="about-this-aid">About this decision aid</h2>
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
