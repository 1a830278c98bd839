import { expect, test } from './fixtures'

/** Words people type that the site once had nowhere (from the "Answer what people ask" issue). */
const EVERYDAY_WORDS = [
  'rehab',
  'aftercare',
  'Suboxone',
  'FMLA',
  'kicked out',
  'court',
  'camera',
  'waitlist',
  'certificate',
  'sober home',
  'first day',
  'overdose',
  'naloxone',
  'fentanyl',
]

/** How far down the results a reader may have to look: the first half of the 20 results /search/ lists. */
const TOP = 10

test(`a Pagefind search for each everyday word finds a page that uses the word in its top ${TOP}`, async ({ page }) => {
  await page.goto('/search/')
  const results = await page.evaluate(
    async ([words, top]) => {
      const pagefind = await import(/* @vite-ignore */ '/pagefind/pagefind.js' as string)
      const found: Record<string, { url: string; uses: boolean }[]> = {}
      for (const word of words) {
        const search = await pagefind.search(word)
        const first = await Promise.all(
          search.results.slice(0, top).map((r: { data: () => Promise<{ url: string; content: string }> }) => r.data()),
        )
        found[word] = first.map((d) => ({ url: d.url, uses: d.content.toLowerCase().includes(word.toLowerCase()) }))
      }
      return found
    },
    [EVERYDAY_WORDS, TOP] as const,
  )
  for (const word of EVERYDAY_WORDS) {
    expect(results[word].length, `no result for "${word}"`).toBeGreaterThan(0)
    expect(
      results[word].some((r) => r.uses),
      `none of the top results for "${word}" uses the word: ${results[word].map((r) => r.url).join(', ')}`,
    ).toBe(true)
  }
})

test('/questions/: every question is a heading ending in "?", with a cited answer and a link to more', async ({ page }) => {
  await page.goto('/questions/')
  const questions = await page.locator('main .question').evaluateAll((items) =>
    items.map((item) => ({
      heading: item.querySelector('h3')?.textContent ?? '',
      id: item.querySelector('h3')?.id ?? '',
      cites: item.querySelectorAll('a.cite-marker').length,
      more: item.querySelector('.question-more a')?.getAttribute('href') ?? '',
    })),
  )
  expect(questions.length).toBeGreaterThan(0)
  for (const q of questions) {
    expect(q.heading, q.id).toMatch(/\?$/)
    expect(q.id, q.heading).toMatch(/^[a-z0-9-]+$/)
    expect(q.cites, `${q.heading} has no citation`).toBeGreaterThan(0)
    expect(q.more, `${q.heading} links to nothing more`).not.toBe('')
  }
  // Each theme is in the contents, and each contents link leads to its theme.
  const contents = await page
    .getByRole('navigation', { name: 'On this page' })
    .locator('a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')))
  expect(contents.length).toBeGreaterThan(0)
  for (const href of contents) await expect(page.locator(`h2${href}`)).toHaveCount(1)
})
