import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { HandoutView } from '@/components/handouts/handout-view'
import { citePage } from '@/lib/citations/cite-page'
import { getContent } from '@/lib/content/content'
import { getHandouts, titleOfAddress } from '@/lib/content/queries'
import { pageMetadata } from '@/lib/page-metadata'
import { routes } from '@/lib/routes'

type Props = { params: Promise<{ id: string }> }

export const dynamicParams = false
export const generateStaticParams = () => getHandouts(getContent()).map((h) => ({ id: h.id }))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const handout = getContent().handouts.get((await params).id)
  if (!handout) return {}
  return pageMetadata({ title: `Handout: ${handout.title}`, description: handout.description, path: routes.handout(handout.id) })
}

export default async function HandoutPage({ params }: Props) {
  const content = getContent()
  const handout = content.handouts.get((await params).id)
  if (!handout) notFound()
  return (
    <HandoutView
      handout={handout}
      cited={citePage(content, { body: handout.body }, { linkTerms: false })}
      fullPageTitle={titleOfAddress(content, handout.fullPage)}
    />
  )
}
