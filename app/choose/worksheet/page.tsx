import type { Metadata } from 'next'
import { BlankWorksheet } from '@/components/choose/blank-worksheet'
import { WorksheetApp } from '@/components/choose/worksheet-app'
import { PrintHeader } from '@/components/layout/print-header'
import { getChooseItems } from '@/lib/content/queries'
import { getContent } from '@/lib/content/content'
import { pageMetadata } from '@/lib/page-metadata'
import { routes } from '@/lib/routes'

export const metadata: Metadata = pageMetadata({
  title: 'Program worksheet: compare programs side by side',
  description: 'Add up to 5 programs, answer the same questions for each, and compare them. Your answers stay on your device.',
  path: routes.worksheet(),
})

export default function WorksheetPage() {
  const content = getContent()
  const questions = getChooseItems(content, 'question').map(({ id, text, sign, answerType }) => ({
    id,
    text,
    sign,
    open: answerType !== 'yes-no',
  }))
  const signNames = Object.fromEntries(getChooseItems(content, 'quality-sign').map((s) => [s.id, s.text]))
  return (
    <div className="compare-page">
      <PrintHeader path={routes.worksheet()} />
      <h1 className="text-3xl font-bold">Program worksheet</h1>
      <p className="mt-2">
        Compare up to 5 programs. Ask each one the <a href={routes.choose()}>questions from our guide</a>, note the answers here, and see
        them side by side.
      </p>
      <p className="mt-2 mb-6 rounded border border-rule bg-paper-alt p-3">
        <strong>Private by design:</strong> your answers stay in this browser on this device. Nothing is sent anywhere. Use “Save to a file”
        to move them to another device, and “Clear all” to remove them.
      </p>
      <WorksheetApp questions={questions} signNames={signNames} fallback={<BlankWorksheet questions={questions} />} />
    </div>
  )
}
