import type { Metadata } from 'next'
import { DecideView } from '@/components/decide/decide-view'
import { citePage } from '@/lib/citations/cite-page'
import { getContent } from '@/lib/content/content'
import { decidePageBlocks } from '@/lib/content/decide'
import { getDecisionOptions, getDecisionValues, getPage } from '@/lib/content/queries'
import { pageMetadata } from '@/lib/page-metadata'
import { routes } from '@/lib/routes'

export function generateMetadata(): Metadata {
  const page = getPage(getContent(), 'decide')
  return pageMetadata({ title: page.title, description: page.description, path: routes.decide() })
}

export default function DecidePage() {
  const content = getContent()
  const page = getPage(content, 'decide')
  const helpBox = getPage(content, 'help-box')
  const options = getDecisionOptions(content)
  return (
    <DecideView
      page={page}
      helpBox={helpBox}
      options={options}
      values={getDecisionValues(content)}
      cited={citePage(content, decidePageBlocks(page, helpBox, options), { linkTerms: true })}
    />
  )
}
