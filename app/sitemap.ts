import type { MetadataRoute } from 'next'
import { listSitePaths } from '@/lib/site-paths'
import { site } from '@/lib/site'
import { getContent } from '@/lib/content/content'

export const dynamic = 'force-static'

export default function sitemap(): MetadataRoute.Sitemap {
  const content = getContent()
  return listSitePaths(content).map(({ path, lastModified }) => ({ url: `${site.url}${path}`, lastModified }))
}
