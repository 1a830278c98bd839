/**
 * The build's first check after the content: stops before the long next build when SITE_URL is missing or is not an
 * http(s) origin, and says which address the pages, sitemap, feed and QR codes will carry.
 */
import { LOCAL_SITE_URL, siteUrlFrom } from '../lib/site'

try {
  const url = siteUrlFrom(process.env.SITE_URL)
  console.log(
    url === LOCAL_SITE_URL
      ? `Local build for ${url}: links, the sitemap, the feed and QR codes point at this machine. To deploy, set SITE_URL=https://your.address npm run build.`
      : `Building for ${url}.`,
  )
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
