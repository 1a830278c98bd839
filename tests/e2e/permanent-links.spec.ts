import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { listExportedPages } from '../../lib/exported-pages'
import { expect, test } from './fixtures'

const SITE_URL = 'http://localhost:3000' // SITE_URL's default: canonical addresses, not the test server's
const pages = listExportedPages()
const redirectPages = pages.filter((p) => readFileSync(join('out', p, 'index.html'), 'utf8').includes('http-equiv="refresh"'))

test('there is at least one old address to check', () => {
  expect(redirectPages.length).toBeGreaterThan(0)
})

for (const old of redirectPages) {
  test(`the old address ${old} sends the reader on, with a canonical link and a visible link`, async ({ page }) => {
    await page.goto(old)
    await expect(page).not.toHaveURL(new RegExp(`${old}$`))
    const target = new URL(page.url()).pathname
    expect(pages).toContain(target)
    await expect(page.locator('h1')).toHaveCount(1)
    const html = readFileSync(join('out', old, 'index.html'), 'utf8')
    expect(html).toContain(`<link rel="canonical" href="${SITE_URL}${target}"/>`)
    expect(html).toContain(`href="${target}"`)
  })
}

test('the sitemap lists every real page and nothing else', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text()
  const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname).sort()
  const notPages = ['/404/', '/_not-found/'] // the 404 page, which Next also exports under these names
  const real = pages.filter((p) => !redirectPages.includes(p) && !notPages.includes(p)).sort()
  expect(listed).toEqual(real)
})

test('robots.txt points at the sitemap, and the feed lists the articles', async ({ request }) => {
  expect(await (await request.get('/robots.txt')).text()).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`)
  const feed = await (await request.get('/feed.xml')).text()
  expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom">')
  expect(feed.match(/<entry>/g)?.length).toBe(pages.filter((p) => /^\/articles\/[^/]+\/$/.test(p) && !redirectPages.includes(p)).length)
})

test('an article carries canonical and link-preview tags, and its preview image is a PNG', async ({ page, request }) => {
  await page.goto('/articles/what-is-an-iop/')
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${SITE_URL}/articles/what-is-an-iop/`)
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /intensive outpatient program/i)
  const image = await page.locator('meta[property="og:image"]').getAttribute('content')
  const response = await request.get(new URL(image ?? '').pathname)
  expect(response.headers()['content-type']).toBe('image/png')
  expect((await response.body()).subarray(1, 4).toString()).toBe('PNG')
})
