import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const WORKSHEET = '/choose/worksheet/'
const STORAGE_KEY = 'iop-guide-worksheet'

/** The guide's questions and quality signs, read from /choose/, so the tests follow the content. */
async function readGuide(page: Page) {
  await page.goto('/choose/')
  const questions = page.locator('section[aria-labelledby="questions-heading"] ol > li')
  const guide = {
    questions: await questions.evaluateAll((items) => items.map((li) => ({ id: li.id, text: li.querySelector('h3')?.textContent ?? '' }))),
    signs: await page.locator('section[aria-labelledby="signs-heading"] li h3').allTextContents(),
  }
  expect(guide.questions.length, 'questions on /choose/').toBeGreaterThan(1)
  return guide
}

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth)

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false })

  test('the worksheet is a printable blank form with every question from the guide, in order', async ({ page }) => {
    const { questions } = await readGuide(page)
    await page.goto(WORKSHEET)
    await expect(page.locator('.blank-worksheet tbody th[scope="row"]')).toHaveText(questions.map((q) => q.text))
    await expect(page.locator('.blank-worksheet tbody tr').first().getByText('Not sure')).not.toHaveCount(0)
  })

  test('at 360 px the blank worksheet stacks with no sideways scrolling, and still prints as a table', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 })
    await page.goto(WORKSHEET)
    await expect(page.locator('.blank-worksheet')).toBeVisible()
    expect(await pageWidth(page)).toBeLessThanOrEqual(360)
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('.blank-worksheet')).toHaveCSS('display', 'table')
  })
})

test.describe('the program worksheet', () => {
  /** Opens the worksheet and waits until it works (data-ready), never for a fixed time. */
  const open = async (page: Page) => {
    await page.goto(WORKSHEET)
    await expect(page.locator('[data-worksheet]')).toHaveAttribute('data-ready', 'true')
  }
  const reload = async (page: Page) => {
    await page.reload()
    await expect(page.locator('[data-worksheet]')).toHaveAttribute('data-ready', 'true')
  }
  const addProgram = async (page: Page, name: string) => {
    await page.getByLabel(/Program name/).fill(name)
    await page.getByRole('button', { name: 'Add program' }).click()
    await expect(page.locator('main details summary', { hasText: name })).toBeVisible()
  }
  const program = (page: Page, name: string) => page.locator('main details').filter({ has: page.locator('summary', { hasText: name }) })

  test('at 360 px, once ready and with programs added, nothing scrolls sideways', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 })
    await open(page)
    expect(await pageWidth(page)).toBeLessThanOrEqual(360)
    await addProgram(page, 'Riverside Recovery Intensive Outpatient Program')
    await addProgram(page, 'Oak Street Program')
    await expect(page.getByRole('region', { name: 'Your programs side by side' })).toBeVisible()
    expect(await pageWidth(page)).toBeLessThanOrEqual(360)
  })

  test('keeps answers after a reload, and shows quality signs side by side', async ({ page }) => {
    const { questions, signs } = await readGuide(page)
    await open(page)
    await addProgram(page, 'Riverside IOP')
    await addProgram(page, 'Oak Street Program')
    const groups = program(page, 'Riverside IOP').getByRole('group')
    await expect(groups).toHaveCount(questions.length)
    // The first choice is "yes" for a yes-no question and "sounds good" for an open one: both show the quality sign.
    for (const group of await groups.all()) await group.getByRole('radio').first().check()
    await reload(page)
    for (const group of await program(page, 'Riverside IOP').getByRole('group').all())
      await expect(group.getByRole('radio').first()).toBeChecked()
    const comparison = page.getByRole('region', { name: 'Your programs side by side' })
    await expect(comparison.getByRole('columnheader')).toHaveText(['Question', 'Riverside IOP', 'Oak Street Program'])
    const signCells = comparison.getByRole('row', { name: /Quality signs this program shows/ }).getByRole('cell')
    const riversideSigns = await signCells.nth(0).getByRole('listitem').allTextContents()
    expect(riversideSigns.length).toBeGreaterThan(0)
    for (const sign of riversideSigns) expect(signs).toContain(sign)
    await expect(signCells.nth(1)).toHaveText('None yet')
  })

  test('keeps answers to a question that left the guide, and to one whose id changed', async ({ page }) => {
    const { questions } = await readGuide(page)
    const [kept, renamed] = questions
    const saved = {
      kind: 'iop-guide-worksheet',
      version: 2,
      programs: [
        {
          id: 'p1',
          name: 'Cedar House',
          answers: {
            'ask-about-pets': { question: 'Can I bring my dog?', answer: 'yes', notes: 'Dogs welcome' },
            [kept.id]: { question: kept.text, answer: 'no', notes: '' },
            'an-old-id': { question: renamed.text, answer: 'not-sure', notes: '' },
          },
        },
      ],
    }
    await open(page)
    await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [STORAGE_KEY, JSON.stringify(saved)])
    await reload(page)
    const cedar = program(page, 'Cedar House')
    await expect(cedar.getByRole('group', { name: kept.text }).getByRole('radio').nth(1)).toBeChecked()
    await expect(cedar.getByRole('group', { name: renamed.text }).getByRole('radio').nth(2)).toBeChecked()
    await expect(cedar.getByRole('list', { name: 'No longer in the guide' }).getByRole('listitem')).toHaveText([
      /Can I bring my dog\?.*Yes.*Dogs welcome/,
    ])
    const comparison = page.getByRole('region', { name: 'Your programs side by side' })
    await expect(comparison.getByRole('row', { name: /Can I bring my dog\? \(no longer in the guide\)/ })).toContainText('Dogs welcome')
  })

  test('an open question takes the answer in words, then whether it sounds good; a yes-no question takes yes, no or not sure', async ({
    page,
  }) => {
    await open(page)
    await addProgram(page, 'Harbor Recovery')
    const groups = await program(page, 'Harbor Recovery').getByRole('group').all()
    const kinds = new Set<string>()
    for (const group of groups) {
      const open = (await group.getByRole('textbox', { name: 'What they said' }).count()) === 1
      kinds.add(open ? 'open' : 'yes-no')
      const labels = await group.getByRole('radio').evaluateAll((radios) => radios.map((r) => r.closest('label')?.textContent?.trim()))
      expect(labels).toEqual(open ? ['Sounds good', 'Does not sound good', 'Not sure'] : ['Yes', 'No', 'Not sure'])
      await expect(group.getByRole('textbox', { name: 'Notes' })).toHaveCount(open ? 0 : 1)
    }
    expect(kinds.size).toBeGreaterThan(0)
  })

  test('exports to a file and imports the same data again', async ({ page }) => {
    await open(page)
    await addProgram(page, 'Harbor Recovery')
    await page
      .getByRole('textbox', { name: /^(Notes|What they said)$/ })
      .first()
      .fill('Asked on Monday')
    const downloading = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Save to a file' }).click()
    const saved = await (await downloading).path()
    await page.getByRole('button', { name: 'Clear all' }).click()
    await page.getByRole('button', { name: 'Yes, clear all' }).click()
    await expect(page.locator('main details')).toHaveCount(0)
    await page.getByLabel('Open a saved file').setInputFiles(saved)
    await expect(page.getByRole('status').filter({ hasText: 'Opened' })).toBeVisible()
    await expect(page.getByRole('textbox', { name: /^(Notes|What they said)$/ }).first()).toHaveValue('Asked on Monday')
  })

  const worksheetFile = (programs: string) => `{"kind": "iop-guide-worksheet", "version": 2, "programs": [${programs}]}`
  const hostileFiles = {
    'not a worksheet': '{"not":"a worksheet"}',
    'a "__proto__" answer': worksheetFile('{"id": "p1", "name": "A", "answers": {"__proto__": {"question": "", "notes": ""}}}'),
    'a "constructor" answer': worksheetFile('{"id": "p1", "name": "A", "answers": {"constructor": {"question": "", "notes": ""}}}'),
    'names that differ only in capitals': worksheetFile(
      '{"id": "p1", "name": "Program A", "answers": {}}, {"id": "p2", "name": "program a", "answers": {}}',
    ),
    'a file over 100 KB': worksheetFile(`{"id": "p1", "name": "${'x'.repeat(100)}", "answers": {}}`).padEnd(100_001, ' '),
  }
  for (const [name, text] of Object.entries(hostileFiles)) {
    test(`refuses ${name} with a clear message and changes nothing`, async ({ page }) => {
      await open(page)
      await addProgram(page, 'Cedar House')
      const before = await page.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEY)
      await page
        .getByLabel('Open a saved file')
        .setInputFiles({ name: 'worksheet.json', mimeType: 'application/json', buffer: Buffer.from(text) })
      await expect(page.getByRole('alert').filter({ hasText: /Nothing was changed\.$/ })).toBeVisible()
      await expect(page.locator('main details summary')).toHaveText(['Cedar House'])
      expect(await page.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEY)).toBe(before)
    })
  }
})
