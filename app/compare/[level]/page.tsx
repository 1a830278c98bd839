import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { LevelView } from '@/components/compare/level-view'
import { citePage } from '@/lib/citations/cite-page'
import { getLevelOfCare, getLevelsOfCare } from '@/lib/content/queries'
import { compareCells } from '@/lib/compare-cells'
import { getContent } from '@/lib/content/content'
import { pageMetadata } from '@/lib/page-metadata'
import { routes } from '@/lib/routes'

type Props = { params: Promise<{ level: string }> }

export const dynamicParams = false
export const generateStaticParams = () => getLevelsOfCare(getContent()).map(({ id }) => ({ level: id }))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const content = getContent()
  const level = getLevelOfCare(content, (await params).level)
  return level ? pageMetadata({ title: level.name, description: level.summary, path: routes.compareLevel(level.id) }) : {}
}

export default async function LevelPage({ params }: Props) {
  const content = getContent()
  const level = getLevelOfCare(content, (await params).level)
  if (!level) notFound()
  return <LevelView level={level} cited={citePage(content, compareCells([level]), { linkTerms: true })} />
}
