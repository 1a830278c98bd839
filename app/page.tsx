import type { Metadata } from 'next'
import { ArticleList } from '@/components/article/article-list'
import { PrintHeader } from '@/components/layout/print-header'
import { pageMetadata } from '@/lib/page-metadata'
import { getFeaturedArticles, getSiteCounts } from '@/lib/content/queries'
import { routes } from '@/lib/routes'

export const metadata: Metadata = pageMetadata({
  title: 'IOP Evidence Guide',
  description: 'Intensive outpatient programs for substance use, explained with the evidence behind every claim.',
  path: routes.home(),
})

export default function HomePage() {
  const counts = getSiteCounts()
  return (
    <>
      <PrintHeader path={routes.home()} />
      <h1 className="text-3xl font-bold">Intensive outpatient programs, explained with the evidence</h1>
      <p className="mt-4 text-lg">
        An intensive outpatient program (IOP) is treatment for substance use, and often mental health, that you attend for several hours on
        several days a week while living at home. This guide explains what IOPs are, how they compare with other kinds of care, and how to
        choose one.
      </p>
      <p className="mt-4">
        Every claim here shows its source and how strong the evidence is. Select a number like <span aria-hidden="true">[1]</span> after a
        sentence to see where it comes from. We take no advertising and no referral fees.
      </p>
      <h2 className="mt-10 mb-4 text-xl font-bold">Compare and choose</h2>
      <ul className="space-y-3">
        <li>
          <a href={routes.compare()} className="font-semibold">
            Levels of care side by side
          </a>
          <p className="text-sm">Weekly outpatient care, IOP, partial hospitalization, residential, hospital and detox in one table.</p>
        </li>
        <li>
          <a href={routes.choose()} className="font-semibold">
            How to choose a program
          </a>
          <p className="text-sm">Signs of a good program, questions to ask, and warning signs.</p>
        </li>
        <li>
          <a href={routes.worksheet()} className="font-semibold">
            Program worksheet
          </a>
          <p className="text-sm">Compare up to 5 programs side by side. Your answers stay on your device.</p>
        </li>
        <li>
          <a href={routes.claimCheck()} className="font-semibold">
            Claim check
          </a>
          <p className="text-sm">What treatment websites say about IOPs, checked against the evidence.</p>
        </li>
      </ul>
      <h2 className="mt-10 mb-4 text-xl font-bold">Start here</h2>
      <ArticleList articles={getFeaturedArticles()} />
      <p className="mt-6">
        <a href={routes.articles()}>All {counts.articles} articles</a> ·{' '}
        <a href={routes.claims()}>All {counts.claims} claims and their evidence</a> ·{' '}
        <a href={routes.sources()}>All {counts.sources} sources</a> · <a href={routes.forStaff()}>For clinic staff</a>
      </p>
    </>
  )
}
