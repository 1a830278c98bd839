/** The address local builds are for: `npm start`, `npm test` and `npm run build:local` set it; `npm run dev` serves there. */
export const LOCAL_SITE_URL = 'http://localhost:3000'

const HOW_TO_SET = `set SITE_URL=https://your.address npm run build, or use npm run build:local for a local build at ${LOCAL_SITE_URL}`

/**
 * The site's public address from SITE_URL, as an origin without a trailing slash. Throws, saying what to set, when it is
 * missing or is not a plain http(s) origin: a build that silently pointed at localhost would print dead QR codes.
 */
export function siteUrlFrom(value: string | undefined): string {
  if (!value) {
    throw new Error(
      `SITE_URL is not set: canonical links, the sitemap, the feed, link previews and printed QR codes need the site's public address (${HOW_TO_SET}).`,
    )
  }
  const url = URL.canParse(value) ? new URL(value) : undefined
  if (!url || !['http:', 'https:'].includes(url.protocol)) {
    throw new Error(`SITE_URL is not an http(s) address: "${value}" (${HOW_TO_SET}).`)
  }
  // Pages are exported at the root of the host, so a path here would make every absolute link miss.
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new Error(`SITE_URL must be the site's origin only, with no path, query or login: "${value}" (set SITE_URL=${url.origin}).`)
  }
  return url.origin
}

/** Site settings, set at build time from the environment. */
export const site = {
  name: 'IOP Evidence Guide',
  /**
   * The public address the site is served from, used for canonical links, QR codes and feeds. next build (NODE_ENV
   * production) must be told it; dev servers and unit tests get LOCAL_SITE_URL.
   */
  get url(): string {
    return siteUrlFrom(process.env.SITE_URL ?? (process.env.NODE_ENV === 'production' ? undefined : LOCAL_SITE_URL))
  },
  /** Where readers report an error: a mailto: or https: address set by whoever deploys the site. */
  reportErrorUrl: process.env.REPORT_ERROR_URL,
}
