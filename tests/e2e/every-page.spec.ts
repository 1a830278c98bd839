import { statSync } from 'node:fs'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './fixtures'
import { listExportedPages } from '../../lib/exported-pages'

const pages = listExportedPages()

/**
 * The browser checks (render, axe, cookies, console) run on every page that is not a repeat of a template, and on a
 * sample of each template (/articles/<slug>/, /claims/<id>/…): the first, the last and the longest page. Every page's
 * HTML is checked without a browser in page-invariants.spec.ts.
 */
const templateOf = (path: string) =>
  path.split('/').filter(Boolean).slice(0, 1).join('/') + (path.split('/').filter(Boolean).length > 1 ? '/*' : '')
const byTemplate = new Map<string, string[]>()
for (const path of pages) byTemplate.set(templateOf(path), [...(byTemplate.get(templateOf(path)) ?? []), path])
const size = (path: string) => statSync(join('out', path, 'index.html')).size
const sampled = [...byTemplate.values()].flatMap((group) =>
  group.length === 1 ? group : [...new Set([group[0], group.at(-1)!, [...group].sort((a, b) => size(b) - size(a))[0]])],
)

test('the export has the pages of every route', () => {
  for (const route of ['/', '/articles/', '/claims/', '/sources/', '/about/', '/articles/what-is-an-iop/'])
    expect(pages, `missing ${route}`).toContain(route)
  expect(pages.filter((p) => p.startsWith('/claims/')).length).toBeGreaterThan(10)
})

for (const path of sampled) {
  test(`${path} renders, has one h1, crisis lines, and no axe violations`, async ({ page, context }) => {
    // axe walks every node: on the longest pages (/questions/, /decide/) that outlasts the default 30 s on a busy 2-core machine.
    test.setTimeout(120_000)
    const consoleErrors: string[] = []
    page.on('console', (m) => void (m.type() === 'error' && consoleErrors.push(m.text()))) // CSP refusals show here
    const response = await page.goto(path)
    expect(response?.status()).toBe(200)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.locator('h1')).toHaveCount(1)
    if (await page.locator('meta[http-equiv="refresh"]').count()) return // an old address: checked in permanent-links.spec.ts
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeAttached()
    await expect(page.getByRole('contentinfo')).toContainText('988')
    await expect(page.getByRole('contentinfo')).toContainText('SAMHSA National Helpline')
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
    expect(await context.cookies()).toEqual([])
    expect(consoleErrors).toEqual([])
  })
}

test('an unknown address gets a helpful 404', async ({ page }) => {
  const response = await page.goto('/articles/no-such-page/')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We can’t find that page')
  await expect(page.getByRole('link', { name: 'Browse all articles' })).toBeVisible()
})
