import jsQR from 'jsqr'
import { expect, test } from './fixtures'

const SITE_URL = 'http://localhost:3000'

test('printing shows the address, the review date and a QR code, and hides navigation', async ({ page }) => {
  await page.goto('/articles/what-is-an-iop/')
  await expect(page.locator('.print-header')).toBeHidden()
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.print-header')).toBeVisible()
  await expect(page.locator('.print-url')).toHaveText(`${SITE_URL}/articles/what-is-an-iop/`)
  await expect(page.locator('.print-header')).toContainText('Last reviewed')
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden()
  await expect(page.getByRole('button', { name: 'Copy link to this page' })).toBeHidden()
  await expect(page.locator('.source-list')).toContainText('DOI: 10.')
})

test('the printed QR code decodes to the page’s address', async ({ page }) => {
  await page.goto('/articles/do-iops-work/')
  await page.emulateMedia({ media: 'print' })
  const size = 400
  const pixels = await page.locator('svg.qr-code').evaluate(async (svg, px) => {
    const image = new Image()
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`
    await image.decode()
    const canvas = Object.assign(document.createElement('canvas'), { width: px, height: px })
    const context = canvas.getContext('2d')
    if (!context) throw new Error('no canvas')
    context.drawImage(image, 0, 0, px, px)
    return Array.from(context.getImageData(0, 0, px, px).data)
  }, size)
  expect(jsQR(Uint8ClampedArray.from(pixels), size, size)?.data).toBe(`${SITE_URL}/articles/do-iops-work/`)
})

test('the copy-link button copies the canonical address', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/glossary/')
  await page.getByRole('button', { name: 'Copy link to this page' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE_URL}/glossary/`)
})

test('without a clipboard, the copy-link button shows the address to copy by hand', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }))
  await page.goto('/about/')
  await page.getByRole('button', { name: 'Copy link to this page' }).click()
  await expect(page.getByRole('textbox', { name: /Select the address and copy it/ })).toHaveValue(`${SITE_URL}/about/`)
})

test('search finds an article by a word from its body', async ({ page }) => {
  await page.goto('/search/?q=buprenorphine')
  await expect(page.getByRole('status').filter({ hasText: /pages? match/ })).toBeVisible()
  await expect(page.locator('ol a[href="/articles/medications-and-iop/"]')).toBeVisible()
})

test('the header search box takes a query to the search page by keyboard', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('searchbox', { name: 'Search the site' }).first().fill('contingency management')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/search\/\?q=contingency/)
  await expect(page.locator('main ol li').first()).toBeVisible()
})

test.describe('search without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  test('explains that search needs JavaScript and links to the articles and glossary', async ({ page }) => {
    await page.goto('/search/')
    await expect(page.getByText('Search needs JavaScript')).toBeVisible()
    await expect(page.getByRole('link', { name: 'list of articles' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'glossary' }).first()).toBeVisible()
  })
})
