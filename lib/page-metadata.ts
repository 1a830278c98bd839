import type { Metadata } from 'next'
import { site } from './site'

/** Title, description, canonical address and link-preview tags for one page. */
export function pageMetadata({
  title,
  description,
  path,
  type = 'website',
}: {
  title: string
  description: string
  path: string
  type?: 'website' | 'article'
}): Metadata {
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: { title, description, url: path, siteName: site.name, type, locale: 'en_US' },
    twitter: { card: 'summary_large_image', title, description },
  }
}
