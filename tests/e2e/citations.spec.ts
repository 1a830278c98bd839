import { expect, test } from './fixtures'

const ARTICLE = '/articles/what-is-an-iop/'

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false })

  test('a citation marker jumps to its Sources entry, which links to doi.org or PubMed', async ({ page }) => {
    await page.goto(ARTICLE)
    const marker = page.getByRole('link', { name: 'Source 1', exact: false }).first()
    await marker.click()
    await expect(page).toHaveURL(/#source-1$/)
    const entry = page.locator('#source-1')
    await expect(entry).toBeInViewport()
    await expect(entry.locator('a[href^="https://doi.org/"], a[href^="https://pubmed.ncbi.nlm.nih.gov/"]').first()).toBeAttached()
  })

  test('a Sources entry links back to the place it is cited', async ({ page }) => {
    await page.goto(ARTICLE)
    await page.locator('#source-1 .backlinks a').first().click()
    await expect(page).toHaveURL(/#cite-1-1$/)
    await expect(page.locator('#cite-1-1')).toBeInViewport()
  })

  test('every article shows at least 3 numbered citations and the review dates', async ({ page }) => {
    for (const slug of ['what-is-an-iop', 'do-iops-work', 'how-to-choose-an-iop']) {
      await page.goto(`/articles/${slug}/`)
      expect(await page.locator('.source-list li').count()).toBeGreaterThanOrEqual(3)
      await expect(page.locator('.review-dates')).toContainText('Last reviewed')
      await expect(page.locator('.review-dates')).toContainText('Next review due')
    }
  })
})

test.describe('with JavaScript on', () => {
  test('the popover opens from the keyboard, shows the claim and grade, and Escape returns focus', async ({ page }) => {
    await page.goto(ARTICLE)
    const marker = page.locator('#cite-1-1')
    await marker.focus()
    await page.keyboard.press('Enter')
    const popover = page.getByRole('dialog', { name: 'Source 1' }).first()
    await expect(popover).toBeVisible()
    await expect(marker).toHaveAttribute('aria-expanded', 'true')
    await expect(popover).toBeFocused()
    await expect(page).not.toHaveURL(/#source-1$/)
    await expect(popover.getByRole('link', { name: 'About this claim and its evidence' })).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(popover).toBeHidden()
    await expect(marker).toBeFocused()
    await expect(marker).toHaveAttribute('aria-expanded', 'false')
  })

  test('the Close button and a tap outside close the popover', async ({ page }) => {
    await page.goto(ARTICLE)
    const marker = page.locator('#cite-1-1')
    const popover = page.locator('#cite-1-1-panel')
    await marker.click()
    await expect(popover).toBeVisible()
    await popover.getByRole('button', { name: 'Close' }).click()
    await expect(popover).toBeHidden()
    await expect(marker).toBeFocused()
    await marker.click()
    await expect(popover).toBeVisible()
    await page.locator('h1').click()
    await expect(popover).toBeHidden()
  })

  test('a graded claim shows its grade in words and what it means', async ({ page }) => {
    await page.goto('/articles/do-iops-work/')
    // The first Sources entry whose claim carries a grade; its marker's popover must show the same grade.
    const graded = page
      .locator('.source-list li')
      .filter({ hasText: /(Strong|Moderate|Limited|Insufficient) evidence/ })
      .first()
    const grade = (await graded.textContent())!.match(/(Strong|Moderate|Limited|Insufficient) evidence/)![0]
    const number = (await graded.getAttribute('id'))!.replace('source-', '')
    await page.locator(`a.cite-marker[href="#source-${number}"]`).first().click()
    const open = page.locator('.cite-panel:not([hidden])')
    await expect(open).toHaveCount(1)
    await expect(open).toContainText(grade)
  })

  test('a marker inside a table cell opens its popover there', async ({ page }) => {
    await page.goto('/compare/')
    const marker = page.locator('td a.cite-marker').first()
    await marker.click()
    const panel = page.locator(`#${await marker.getAttribute('id')}-panel`)
    await expect(panel).toBeVisible()
    await expect(panel.locator('xpath=ancestor::td')).toHaveCount(1)
    await page.keyboard.press('Escape')
    await expect(panel).toBeHidden()
    await expect(marker).toBeFocused()
  })

  for (const path of ['/articles/do-iops-work/', '/questions/', '/decide/'])
    test(`on a phone, opening a citation on ${path} shows it on screen and keeps the reader's place`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 800 })
      await page.goto(path)
      const marker = page.locator('main a.cite-marker').nth(5)
      await marker.scrollIntoViewIfNeeded()
      const before = await page.evaluate(() => window.scrollY)
      await marker.click()
      const panel = page.locator(`#${await marker.getAttribute('id')}-panel`)
      await expect(panel).toBeVisible()
      await expect(panel).toBeInViewport()
      expect(await page.evaluate(() => window.scrollY)).toBe(before)
      await page.keyboard.press('Escape')
      await expect(panel).toBeHidden()
    })

  for (const path of ['/articles/do-iops-work/', '/questions/', '/decide/', '/get-help/'])
    test(`citations on ${path} are numbered in reading order`, async ({ page }) => {
      await page.goto(path)
      const numbers = await page
        .locator('main a.cite-marker')
        .evaluateAll((markers) => markers.map((m) => Number(m.textContent?.replace(/\D/g, ''))))
      const firstSeen = numbers.filter((n, i) => numbers.indexOf(n) === i)
      expect(firstSeen.length).toBeGreaterThan(0)
      expect(firstSeen).toEqual(firstSeen.map((_, i) => i + 1))
    })

  test('the page holds each source once: popovers copy the Sources entry', async ({ page }) => {
    await page.goto('/articles/do-iops-work/')
    expect(await page.locator('.cite-panel').count()).toBe(0)
    expect(await page.locator('[data-cite-details]').count()).toBe(await page.locator('.source-list li').count())
  })
})
