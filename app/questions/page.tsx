import type { Metadata } from 'next'
import { SourceList } from '@/components/citations/source-list'
import { HelpBox } from '@/components/help/help-box'
import { OnThisPage } from '@/components/layout/on-this-page'
import { PrintHeader } from '@/components/layout/print-header'
import { PageBlock } from '@/components/markdown/page-block'
import { QuestionList } from '@/components/questions/question-list'
import { citePage } from '@/lib/citations/cite-page'
import { getContent } from '@/lib/content/content'
import { markdownBlocks } from '@/lib/content/content-types'
import { getPage, getQuestionThemes, titleOfAddress } from '@/lib/content/queries'
import { latestDate } from '@/lib/format-date'
import { pageMetadata } from '@/lib/page-metadata'
import { routes } from '@/lib/routes'

export const metadata: Metadata = pageMetadata({
  title: 'Questions people ask about IOPs',
  description:
    'Short, cited answers to the questions people ask about intensive outpatient programs, in their own words, with a link to more.',
  path: routes.questions(),
})

export default function QuestionsPage() {
  const content = getContent()
  const themes = getQuestionThemes(content)
  const helpBox = getPage(content, 'help-box')
  // In reading order: the help box comes first on the page, so its citations are numbered first.
  const cited = citePage(content, { ...markdownBlocks('Page', [helpBox]), ...markdownBlocks('QuestionTheme', themes) }, { linkTerms: true })
  const count = themes.reduce((n, t) => n + t.questions.length, 0)
  return (
    <article data-pagefind-body>
      <PrintHeader path={routes.questions()} lastReviewed={latestDate(themes.map((t) => t.lastReviewed))} />
      <h1 className="text-3xl font-bold">Questions people ask about IOPs</h1>
      <p className="mt-2">
        {count} questions, asked the way people ask them, each with a short answer. Every answer shows its source, and links to the page
        that says more.
      </p>
      <HelpBox>
        <PageBlock page={helpBox} block="body" cited={cited} />
      </HelpBox>
      <OnThisPage sections={themes.map((t) => ({ id: t.id, title: t.theme }))} />
      <div className="mt-8">
        <QuestionList themes={themes} cited={cited} moreTitle={(href) => titleOfAddress(content, href)} />
      </div>
      <SourceList entries={cited.entries} targets={cited.targets} compact="short" />
    </article>
  )
}
