import type { Metadata } from 'next'
import { SourceList } from '@/components/citations/source-list'
import { CompareTable } from '@/components/compare/compare-table'
import { LevelPicker } from '@/components/compare/level-picker'
import { HoursChart } from '@/components/figures/hours-chart'
import { PrintHeader } from '@/components/layout/print-header'
import { citePage } from '@/lib/citations/cite-page'
import { compareCells } from '@/lib/compare-cells'
import { getLevelsOfCare } from '@/lib/content/queries'
import { latestDate } from '@/lib/format-date'
import { getContent } from '@/lib/content/content'
import { pageMetadata } from '@/lib/page-metadata'
import { routes } from '@/lib/routes'

export const metadata: Metadata = pageMetadata({
  title: 'Levels of care side by side',
  description:
    'Standard outpatient, IOP, partial hospitalization, residential, hospital and withdrawal management compared, with a source for each fact.',
  path: routes.compare(),
})

export default function ComparePage() {
  const content = getContent()
  const levels = getLevelsOfCare(content)
  const cited = citePage(content, compareCells(levels))
  return (
    <div className="compare-page">
      <PrintHeader path={routes.compare()} lastReviewed={latestDate(levels.map((l) => l.lastReviewed))} />
      <h1 className="text-3xl font-bold">Levels of care side by side</h1>
      <p className="mt-2 mb-6">
        Treatment for substance use comes in levels, from a weekly visit to a hospital stay. Here they are next to each other. Each fact
        links to its source; where there is no good data, we say so.
      </p>
      <p className="no-print mb-6">
        Weighing them for yourself or someone else? Our decision aid sets out each option’s good points and burdens the same way, and asks
        what matters to you: <a href={routes.decide()}>Which level of care should I ask about first?</a>
      </p>
      <HoursChart levels={levels} />
      <LevelPicker levels={levels.map((l) => ({ id: l.id, label: l.name }))}>
        <CompareTable levels={levels} cited={cited} />
      </LevelPicker>
      <SourceList entries={cited.entries} targets={cited.targets} />
    </div>
  )
}
