import type { Metadata } from 'next'
import { HandoutList } from '@/components/handouts/handout-list'
import { getContent } from '@/lib/content/content'
import { getHandouts, titleOfAddress } from '@/lib/content/queries'
import { pageMetadata } from '@/lib/page-metadata'
import { routes } from '@/lib/routes'

export const metadata: Metadata = pageMetadata({
  title: 'Handouts to print',
  description: 'One-sheet handouts about intensive outpatient programs for clinic staff to print and give to patients and families.',
  path: routes.handouts(),
})

export default function HandoutsPage() {
  const content = getContent()
  const handouts = getHandouts(content)
  return (
    <>
      <h1 className="text-3xl font-bold">Handouts to print</h1>
      <p className="mt-2">
        Each handout fits on one sheet of US Letter paper, printed on both sides. It carries its sources, the date it was last reviewed, the
        crisis lines, and a QR code to the full page online. Open one, then print it.
      </p>
      <HandoutList handouts={handouts} fullPageTitle={(href) => titleOfAddress(content, href)} />
    </>
  )
}
