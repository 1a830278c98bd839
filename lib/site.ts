/** Site settings, set at build time from the environment. */
export const site = {
  name: 'IOP Evidence Guide',
  /** The public address the site is served from, used for canonical links, QR codes and feeds. */
  url: (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, ''),
  /** Where readers report an error: a mailto: or https: address set by whoever deploys the site. */
  reportErrorUrl: process.env.REPORT_ERROR_URL,
}
