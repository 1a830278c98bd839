import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { listExportedPages } from '../../lib/exported-pages'

/**
 * At 360 px with JavaScript off (how a slow phone shows a page before any script runs), no exported page scrolls
 * sideways. One test per top-level section, visiting each of its pages in turn. Old addresses (meta refresh) are left
 * out: they only send the reader on.
 */
test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } })

const isRedirect = (path: string) => /<meta http-equiv="refresh"/i.test(readFileSync(join('out', path, 'index.html'), 'utf8'))
const sections = new Map<string, string[]>()
for (const path of listExportedPages().filter((p) => !isRedirect(p))) {
  const section = `/${path.split('/')[1]}`
  sections.set(section, [...(sections.get(section) ?? []), path])
}

for (const [section, paths] of sections) {
  test(`${section} pages (${paths.length}) fit 360 px with JavaScript off`, async ({ page }) => {
    const tooWide: string[] = []
    for (const path of paths) {
      await page.goto(path)
      const width = await page.evaluate(() => document.documentElement.scrollWidth)
      if (width > 360) tooWide.push(`${path}: ${width} px`)
    }
    expect(tooWide).toEqual([])
  })
}
