import type { MetadataRoute } from 'next'
import { listSitePaths } from '@/lib/site-paths'
import { site } from '@/lib/site'

export const dynamic = 'force-static'

export default function sitemap(): MetadataRoute.Sitemap {
  return listSitePaths().map(({ path, lastModified }) => ({ url: `${site.url}${path}`, lastModified }))
}
