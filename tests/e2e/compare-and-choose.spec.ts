import { expect, test } from './fixtures'

const LEVELS = 6

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false })

  test('the comparison shows every level, and every citation links to its source', async ({ page }) => {
    await page.goto('/compare/')
    await expect(page.locator('table.compare-table thead th[scope="col"]')).toHaveCount(LEVELS)
    await expect(page.locator('td[data-level]:visible')).toHaveCount(LEVELS * 9)
    const hrefs = await page.locator('.compare-table .cite-marker').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    expect(hrefs.length).toBeGreaterThan(30)
    for (const href of new Set(hrefs)) await expect(page.locator(href ?? '#missing')).toHaveCount(1)
  })
})

test('levels can be hidden and shown by keyboard', async ({ page }) => {
  await page.goto('/compare/')
  const residential = page.getByRole('checkbox', { name: 'Residential treatment' })
  await residential.focus()
  await page.keyboard.press('Space')
  await expect(residential).not.toBeChecked()
  await expect(page.locator('td[data-level="residential"]').first()).toBeHidden()
  await expect(page.locator('td[data-level="intensive-outpatient"]').first()).toBeVisible()
  await page.keyboard.press('Space')
  await expect(page.locator('td[data-level="residential"]').first()).toBeVisible()
})

test('at 360 px the comparison stacks with no sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 })
  for (const path of ['/compare/', '/choose/', '/articles/what-is-an-iop/']) {
    await page.goto(path)
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360)
  }
})

test('each level has its own page that links back to the comparison', async ({ page }) => {
  await page.goto('/compare/intensive-outpatient/')
  await expect(page.locator('h1')).toHaveText('Intensive outpatient program (IOP)')
  await expect(page.getByRole('link', { name: 'Compare all levels of care' })).toBeVisible()
  expect(await page.locator('.source-list li').count()).toBeGreaterThan(3)
})

test('the claims list filters by grade', async ({ page }) => {
  await page.goto('/claims/')
  const total = await page.locator('li[data-topic]').count()
  await page.getByLabel('Strength of evidence').selectOption('strong')
  const shown = await page.locator('li[data-topic]:visible').count()
  expect(shown).toBeGreaterThan(0)
  expect(shown).toBeLessThan(total)
  await expect(page.getByRole('status').filter({ hasText: `Showing ${shown} of ${total} claims` })).toBeVisible()
})

test('an article links the first use of a glossary term to the glossary', async ({ page }) => {
  await page.goto('/articles/what-is-an-iop/')
  const link = page.locator('.prose a.glossary-link').first()
  const href = await link.getAttribute('href')
  expect(href).toMatch(/^\/glossary\/#term-/)
  await link.click()
  await expect(page.locator(href?.replace('/glossary/', '') ?? '#none')).toBeInViewport()
})
