import type { Metadata } from 'next'
import { ChooseGuide, chooseBlocks } from '@/components/choose/choose-guide'
import { BeforeYouCall } from '@/components/choose/before-you-call'
import { NotAReferral, notAReferralBlocks } from '@/components/choose/not-a-referral'
import { SourceList } from '@/components/citations/source-list'
import { PrintHeader } from '@/components/layout/print-header'
import { citePage } from '@/lib/citations/cite-page'
import { getContent } from '@/lib/content/content'
import { getChooseItems, getPage } from '@/lib/content/queries'
import { pageMetadata } from '@/lib/page-metadata'
import { routes } from '@/lib/routes'

export const metadata: Metadata = pageMetadata({
  title: 'How to choose a program',
  description: 'Signs of a good program, questions to ask and what good answers sound like, and warning signs, each with its evidence.',
  path: routes.choose(),
})

export default function ChoosePage() {
  const content = getContent()
  const [signs, questions, warnings] = [
    getChooseItems(content, 'quality-sign'),
    getChooseItems(content, 'question'),
    getChooseItems(content, 'warning-sign'),
  ]
  const notice = getPage(content, 'not-a-referral')
  const cited = citePage(content, { ...notAReferralBlocks(notice), ...chooseBlocks(signs, questions, warnings) })
  return (
    <>
      <PrintHeader path={routes.choose()} />
      <h1 className="text-3xl font-bold">How to choose a program</h1>
      <p className="mt-2 mb-6">
        What to look for, what to ask, and what should worry you, each with the evidence behind it. When you are ready to compare programs,
        use the <a href={routes.worksheet()}>program worksheet</a>. Not sure yet which level of care to look for? Start with the{' '}
        <a href={routes.decide()}>decision aid</a>.
      </p>
      <NotAReferral page={notice} cited={cited} />
      <div className="my-8">
        <BeforeYouCall />
      </div>
      <ChooseGuide signs={signs} questions={questions} warnings={warnings} cited={cited} />
      <SourceList entries={cited.entries} targets={cited.targets} />
    </>
  )
}
