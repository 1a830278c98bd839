import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ClaimView } from '@/components/claims/claim-view'
import { claimSources } from '@/lib/citations/resolve-citation'
import { getAllClaims, getArticlesCiting, getClaimById } from '@/lib/content/queries'
import { getContent } from '@/lib/content/content'
import { pageMetadata } from '@/lib/page-metadata'
import { routes } from '@/lib/routes'

type Props = { params: Promise<{ id: string }> }

export const dynamicParams = false
export const generateStaticParams = () => getAllClaims(getContent()).map(({ id }) => ({ id }))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const content = getContent()
  const claim = getClaimById(content, (await params).id)
  return claim
    ? pageMetadata({
        title: claim.statement,
        description: 'The evidence behind this claim, and how strong it is.',
        path: routes.claim(claim.id),
      })
    : {}
}

export default async function ClaimPage({ params }: Props) {
  const content = getContent()
  const claim = getClaimById(content, (await params).id)
  if (!claim) notFound()
  return <ClaimView claim={claim} sources={claimSources(content, claim)} citedBy={getArticlesCiting(content, claim.id)} />
}
