import { describe, expect, it } from 'vitest'
import { LOCAL_SITE_URL, siteUrlFrom } from '@/lib/site'

describe(siteUrlFrom, () => {
  it.each([
    ['https://guide.example.org', 'https://guide.example.org'],
    ['https://guide.example.org/', 'https://guide.example.org'],
    ['HTTPS://Guide.Example.org:443/', 'https://guide.example.org'],
    [LOCAL_SITE_URL, 'http://localhost:3000'],
  ])('reads %s as %s', (value, url) => {
    expect(siteUrlFrom(value)).toBe(url)
  })

  it('stops a build without SITE_URL and says what to set', () => {
    expect(() => siteUrlFrom(undefined)).toThrowErrorMatchingInlineSnapshot(
      `[Error: SITE_URL is not set: canonical links, the sitemap, the feed, link previews and printed QR codes need the site's public address (set SITE_URL=https://your.address npm run build, or use npm run build:local for a local build at http://localhost:3000).]`,
    )
  })

  it.each(['guide.example.org', 'ftp://guide.example.org', 'not a url'])('refuses %s, which is not an http(s) address', (value) => {
    expect(() => siteUrlFrom(value)).toThrow(`SITE_URL is not an http(s) address: "${value}" (set SITE_URL=https://your.address`)
  })

  it('refuses a path, since pages are exported at the root of the host', () => {
    expect(() => siteUrlFrom('https://example.org/guide/')).toThrowErrorMatchingInlineSnapshot(
      `[Error: SITE_URL must be the site's origin only, with no path, query or login: "https://example.org/guide/" (set SITE_URL=https://example.org).]`,
    )
  })
})
