/**
 * What a reader's browser gets from the web server itself: nginx running deploy/nginx.conf's rules where it is installed
 * (scripts/serve-out.ts), else the Node server. Only responses are checked, so these tests need no browser page.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { expect, test } from '@playwright/test'
import { SECURITY_HEADERS } from '../../lib/content-security-policy'
import { listExportedPages } from '../../lib/exported-pages'
import { hasNginx } from '../../scripts/nginx-config'

const pages = listExportedPages()
const outFiles = readdirSync('out', { recursive: true, encoding: 'utf8' }).map((path) => `/${path}`)
const previews = outFiles.filter((path) => basename(path) === 'opengraph-image')
const script = outFiles.find((path) => path.startsWith('/_next/') && path.endsWith('.js'))
const notFoundPage = readFileSync('out/404.html', 'utf8')

test('the export has pages, link previews and scripts to serve', () => {
  expect(pages).toContain('/')
  expect(previews).toContain('/opengraph-image')
  expect(script).toBeDefined()
})

test('nginx serves the run wherever it is installed', async ({ request }) => {
  test.skip(!hasNginx(), 'nginx is not installed here: the Node server serves out/')
  expect((await request.get('/')).headers()['server']).toBe('nginx')
})

for (const [what, path] of [
  ['a page', '/'],
  ['a missing address', '/no-such-page/'],
  ['a link-preview image', '/opengraph-image'],
  ['a script', script ?? ''],
]) {
  test(`${what} comes with every shared security header`, async ({ request }) => {
    const headers = (await request.get(path)).headers()
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name.toLowerCase()], name).toBe(value)
  })
}

test('every exported page answers 200 at its address, with its own file', async ({ request }) => {
  const wrong: string[] = []
  for (const path of pages) {
    const response = await request.get(path, { maxRedirects: 0 })
    const expected = readFileSync(join('out', path, 'index.html'), 'utf8')
    if (response.status() !== 200) wrong.push(`${path}: status ${response.status()}`)
    else if ((await response.text()) !== expected) wrong.push(`${path}: not the content of out${path}index.html`)
    else if (response.headers()['content-type'] !== 'text/html; charset=utf-8') wrong.push(`${path}: ${response.headers()['content-type']}`)
  }
  expect(wrong).toEqual([])
})

for (const path of ['/no-such-page/', '/articles/no-such-article/', '/no-such-file.js']) {
  test(`a missing address (${path}) gets status 404 and the site’s 404 page`, async ({ request }) => {
    const response = await request.get(path)
    expect(response.status()).toBe(404)
    expect(response.headers()['content-type']).toBe('text/html; charset=utf-8')
    expect(await response.text()).toBe(notFoundPage)
  })
}

test('every link-preview image is served as a PNG', async ({ request }) => {
  for (const path of previews) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    expect(response.headers()['content-type'], path).toBe('image/png')
    expect((await response.body()).subarray(1, 4).toString(), path).toBe('PNG')
  }
})
