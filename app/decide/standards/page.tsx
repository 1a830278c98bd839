import type { Metadata } from 'next'
import { SourceList } from '@/components/citations/source-list'
import { IpdasList } from '@/components/decide/ipdas-list'
import { PrintHeader } from '@/components/layout/print-header'
import { citePage } from '@/lib/citations/cite-page'
import { getContent } from '@/lib/content/content'
import { markdownBlocks } from '@/lib/content/content-types'
import { getIpdasCriteria } from '@/lib/content/queries'
import { pageMetadata } from '@/lib/page-metadata'
import { routes } from '@/lib/routes'

export const metadata: Metadata = pageMetadata({
  title: 'How our decision aid measures up to the IPDAS standards',
  description:
    'Each international standard for patient decision aids (IPDAS) that applies to a treatment decision, and whether our aid meets it yet.',
  path: routes.decideStandards(),
})

export default function DecideStandardsPage() {
  const content = getContent()
  const qualifying = getIpdasCriteria(content, 'qualifying')
  const certification = getIpdasCriteria(content, 'certification')
  const cited = citePage(content, markdownBlocks('IpdasCriterion', [...qualifying, ...certification]))
  return (
    <article data-pagefind-body>
      <PrintHeader path={routes.decideStandards()} />
      <h1 className="text-3xl font-bold">How our decision aid measures up</h1>
      <p className="mt-2">
        The International Patient Decision Aid Standards (IPDAS) say what a decision aid must do to count as one (qualifying criteria), and
        what it must do before it could be certified (certification criteria). Here is each criterion that applies to a treatment decision,
        in our own words, and whether <a href={routes.decide()}>our aid</a> meets it yet. We have not tested the aid with patients, and no
        clinician has reviewed it: until then it cannot be certified.
      </p>
      <IpdasList heading="Qualifying criteria" id="qualifying" criteria={qualifying} cited={cited} />
      <IpdasList heading="Certification criteria" id="certification" criteria={certification} cited={cited} />
      <SourceList entries={cited.entries} targets={cited.targets} />
    </article>
  )
}
