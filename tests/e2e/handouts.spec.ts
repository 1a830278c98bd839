import { countPdfPages } from '../../lib/pdf-pages'
import { expect, test } from './fixtures'

/** Every handout listed on /handouts/: read from the page, so the test follows the content. */
async function handoutLinks(page: import('@playwright/test').Page): Promise<string[]> {
  await page.goto('/handouts/')
  const hrefs = await page.locator('main a[href^="/handouts/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))
  return [...new Set(hrefs)]
}

test('every handout prints on one sheet (2 Letter pages at most) with its QR code, review date, sources and crisis lines', async ({
  page,
}) => {
  const handouts = await handoutLinks(page)
  expect(handouts.length).toBeGreaterThanOrEqual(5)
  for (const href of handouts) {
    await page.goto(href)
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('svg.qr-code'), href).toBeVisible()
    await expect(page.locator('.print-header'), href).toContainText('Last reviewed')
    await expect(page.locator('.source-list li').first(), href).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Need help now?' }), href).toBeVisible()
    await expect(page.locator('a[href="tel:988"]').first(), href).toBeVisible()
    const pages = countPdfPages(await page.pdf({ format: 'Letter', printBackground: false }))
    expect(pages, `${href} prints on ${pages} pages`).toBeLessThanOrEqual(2)
    expect(pages, href).toBeGreaterThanOrEqual(1)
    await page.emulateMedia({ media: 'screen' })
  }
})

test('a handout’s QR code leads to its full page, not to the handout', async ({ page }) => {
  const [href] = await handoutLinks(page)
  await page.goto(href)
  const fullPage = await page.locator('.review-summary a').getAttribute('href')
  expect(fullPage).toBeTruthy()
  await expect(page.locator('.print-url')).toHaveText(new RegExp(`${fullPage!.replace(/[/.]/g, '\\$&')}$`))
})

test('the Print button appears with JavaScript and opens printing; without it, the page says how to print', async ({ page, browser }) => {
  const [href] = await handoutLinks(page)
  await page.goto(href)
  await page.evaluate(() => {
    ;(window as unknown as { printed: number }).printed = 0
    window.print = () => void ((window as unknown as { printed: number }).printed += 1)
  })
  await page.getByRole('button', { name: 'Print this handout' }).click()
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1)
  const noScript = await browser.newContext({ javaScriptEnabled: false })
  const plain = await noScript.newPage()
  await plain.goto(new URL(href, page.url()).href)
  await expect(plain.getByRole('button', { name: 'Print this handout' })).toBeHidden()
  await expect(plain.getByText('use your browser’s Print command')).toBeVisible()
  await noScript.close()
})

test('/for-staff/ links every handout', async ({ page }) => {
  const handouts = await handoutLinks(page)
  await page.goto('/for-staff/')
  for (const href of handouts) await expect(page.locator(`main a[href="${href}"]`)).toHaveCount(1)
})
