import { test as base, expect } from '@playwright/test'

/**
 * Every test fails if the page asks for anything not on localhost: reading about treatment stays private.
 * The requests are blocked and recorded, then checked after the test.
 */
export const test = base.extend<{ offsiteRequests: string[] }>({
  offsiteRequests: [
    async ({ page }, use) => {
      const offsite: string[] = []
      await page.route('**/*', (route) => {
        const url = new URL(route.request().url())
        if (['localhost', '127.0.0.1'].includes(url.hostname) || url.protocol === 'data:') return route.continue()
        offsite.push(url.href)
        return route.abort()
      })
      await use(offsite)
      expect(offsite, 'requests that left localhost').toEqual([])
    },
    { auto: true },
  ],
})
export { expect }
