import { expect, test } from './fixtures'
import { getContent } from '../../lib/content/content'
import { getAllArticles } from '../../lib/content/queries'
import { routes } from '../../lib/routes'

/**
 * A reader on a phone at a hard moment: at 360×800 with JavaScript off, each article's title and the start of its answer
 * are on the first screen, and the next step (988, the Helpline, FindTreatment.gov) comes before the second section.
 */
test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } })

const articles = getAllArticles(getContent())

test(`every article's answer starts on the first screen, and help comes before its second section (${articles.length} articles)`, async ({
  page,
}) => {
  test.setTimeout(30_000 + articles.length * 5_000)
  const problems: string[] = []
  for (const article of articles) {
    await page.goto(routes.article(article.slug))
    const body = page.locator('article .prose').first()
    const firstParagraph = await body.locator('p').first().boundingBox()
    if (!firstParagraph || firstParagraph.y >= 800)
      problems.push(`${article.slug}: first paragraph starts at ${firstParagraph?.y ?? 'nowhere'}`)
    const h1 = await page.locator('h1').boundingBox()
    if (!h1 || h1.y + h1.height > 800) problems.push(`${article.slug}: the title is not on the first screen`)
    // Document order: each help link must come before the body's second h2.
    const order = await page.evaluate(() => {
      const second = document.querySelectorAll('article .prose h2')[1]
      const before = (selector: string) => {
        const link = document.querySelector(`article ${selector}`)
        return !!link && (!second || !!(link.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING))
      }
      return {
        tel988: before('a[href="tel:988"]'),
        helpline: before('a[href="tel:+18006624357"]'),
        locator: before('a[href^="https://findtreatment.gov"]'),
      }
    })
    for (const [name, ok] of Object.entries(order)) if (!ok) problems.push(`${article.slug}: no ${name} link before the second section`)
  }
  expect(problems).toEqual([])
})

test('the header is one row on a phone, and its menu opens without JavaScript', async ({ page }) => {
  await page.goto('/')
  const header = await page.locator('.site-header').boundingBox()
  expect(header!.height).toBeLessThan(80)
  await expect(page.getByRole('link', { name: 'Get help', exact: true })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden()
  await page.locator('.site-menu summary').click()
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Articles' }).click()
  await expect(page).toHaveURL(/\/articles\/$/)
})

test('/get-help/ says when to call 911, what to do in an overdose, and where to find treatment', async ({ page }) => {
  await page.goto(routes.getHelp())
  await expect(page.getByRole('region', { name: 'Emergency' })).toContainText('911')
  await expect(page.getByRole('heading', { name: 'What are the signs of an overdose?' })).toBeVisible()
  await expect(page.locator('main')).toContainText('naloxone')
  await expect(page.locator('a[href="tel:988"]').first()).toBeVisible()
  await expect(page.locator('a[href^="https://findtreatment.gov"]').first()).toBeVisible()
  expect(await page.locator('.source-list li').count()).toBeGreaterThan(3)
})
