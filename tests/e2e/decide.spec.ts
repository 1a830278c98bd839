import { readFileSync } from 'node:fs'
import { countPdfPages } from '../../lib/pdf-pages'
import { STORAGE_KEY } from '../../lib/decide/decision'
import { expect, test } from './fixtures'

/** The values and options the page shows, read from the page so the test follows the content. */
async function readAid(page: import('@playwright/test').Page) {
  const values = await page.locator('[data-value]').evaluateAll((f) => f.map((el) => (el as HTMLElement).dataset.value!))
  const options = await page.locator('[data-option]').evaluateAll((o) => o.map((el) => (el as HTMLElement).dataset.option!))
  return { values, options }
}
const ratingOf = (page: import('@playwright/test').Page, value: string, label: string) =>
  page.locator(`[data-value="${value}"]`).getByLabel(label, { exact: true })

test.describe('the decision aid without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  test('names every option with the same parts, and is a form to fill in on paper', async ({ page }) => {
    await page.goto('/decide/')
    const cards = page.locator('.option-card')
    expect(await cards.count()).toBeGreaterThanOrEqual(7)
    await expect(cards.getByRole('heading', { level: 3, name: /wait/i })).toHaveCount(1)
    // Equal detail: every option card has the same headings, in the same order.
    const shapes = await cards.evaluateAll((all) =>
      all.map((card) => [...card.querySelectorAll('h4, dt')].map((h) => h.textContent).join('|')),
    )
    expect(new Set(shapes).size).toBe(1)
    const { values } = await readAid(page)
    expect(values.length).toBeGreaterThan(0)
    for (const value of values) await expect(page.locator(`[data-value="${value}"] input[type="radio"]`)).toHaveCount(3)
    await expect(page.locator('input[name^="sure-"]')).toHaveCount(8)
    // Without the script, every fit is listed and the keep-your-answers controls stay hidden.
    expect(await page.locator('[data-fit]:visible').count()).toBeGreaterThan(0)
    await expect(page.getByRole('button', { name: 'Download my answers' })).toBeHidden()
  })
})

test('saves answers on the device, shows how each option fits without ranking, and keeps them after a reload', async ({ page }) => {
  await page.goto('/decide/')
  const { values, options } = await readAid(page)
  const [first, second] = values
  await ratingOf(page, first, 'Matters a lot').check()
  await ratingOf(page, second, 'Does not matter much').check()
  await expect(page.getByRole('status').filter({ hasText: 'Saved on this device.' })).toBeVisible()
  // The options keep their order, and each now says how it fits what matters a lot.
  expect((await readAid(page)).options).toEqual(options)
  for (const id of options) {
    const option = page.locator(`[data-option="${id}"]`)
    await expect(option.locator('[data-option-summary]')).toContainText('you said matter a lot')
    await expect(option.locator(`[data-fit="${first}"]`)).toBeVisible()
    await expect(option.locator(`[data-fit="${second}"]`)).toBeHidden()
  }
  await page.locator('input[name="sure-sure"][value="no"]').check()
  await expect(page.locator('[data-sure-state="some-no"]')).toBeVisible()
  await page.getByLabel('My questions and notes').fill('Ask about evening groups.')
  await page.reload()
  await expect(ratingOf(page, first, 'Matters a lot')).toBeChecked()
  await expect(ratingOf(page, second, 'Does not matter much')).toBeChecked()
  await expect(page.getByLabel('My questions and notes')).toHaveValue('Ask about evening groups.')
  await expect(page.locator('[data-sure-state="some-no"]')).toBeVisible()
})

test('downloads the answers, clears them, and opens them again from the file', async ({ page }) => {
  await page.goto('/decide/')
  const { values } = await readAid(page)
  await ratingOf(page, values[0], 'Matters a little').check()
  await page.getByLabel('My questions and notes').fill('Bring my insurance card.')
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download my answers' }).click()
  const file = await (await downloading).path()
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ kind: 'iop-guide-decision', notes: 'Bring my insurance card.' })
  page.once('dialog', (dialog) => dialog.accept())
  await page.getByRole('button', { name: 'Clear my answers' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'cleared' })).toBeVisible()
  await expect(ratingOf(page, values[0], 'Matters a little')).not.toBeChecked()
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull()
  await page.locator('[data-decide-import]').setInputFiles(file)
  await expect(page.getByRole('status').filter({ hasText: 'opened from the file' })).toBeVisible()
  await expect(ratingOf(page, values[0], 'Matters a little')).toBeChecked()
  await expect(page.getByLabel('My questions and notes')).toHaveValue('Bring my insurance card.')
})

test('refuses a hostile or foreign file and changes nothing', async ({ page }) => {
  await page.goto('/decide/')
  await page.getByLabel('My questions and notes').fill('Keep me.')
  await page.locator('[data-decide-import]').setInputFiles({
    name: 'evil.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"kind":"iop-guide-decision","version":1,"ratings":{"__proto__":"a-lot"},"sure":{}}'),
  })
  await expect(page.getByRole('status').filter({ hasText: 'Nothing was changed.' })).toBeVisible()
  await expect(page.getByLabel('My questions and notes')).toHaveValue('Keep me.')
})

test('prints as a "what matters to me" sheet of at most 2 Letter pages, with the help lines', async ({ page }) => {
  await page.goto('/decide/')
  const { values } = await readAid(page)
  for (const value of values) await ratingOf(page, value, 'Matters a lot').check()
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.option-card').first()).toBeHidden()
  await expect(page.getByRole('heading', { name: 'Need help now?' })).toBeVisible()
  await expect(page.locator('svg.qr-code')).toBeVisible()
  const pages = countPdfPages(await page.pdf({ format: 'Letter', printBackground: false }))
  expect(pages, `the sheet prints on ${pages} pages`).toBeLessThanOrEqual(2)
})
