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
  // Groups of at most 20 pages, so no test holds a long loop on a loaded machine.
  const section = `/${path.split('/')[1]}`
  const group = [...sections.keys()].filter((k) => k.startsWith(`${section} `)).at(-1) ?? `${section} 1`
  const key = (sections.get(group)?.length ?? 0) < 20 ? group : `${section} ${Number(group.split(' ')[1]) + 1}`
  sections.set(key, [...(sections.get(key) ?? []), path])
}

for (const [section, paths] of sections) {
  test(`${section}: ${paths.length} pages fit 360 px with JavaScript off`, async ({ page }) => {
    test.setTimeout(30_000 + paths.length * 5_000)
    const tooWide: string[] = []
    for (const path of paths) {
      await page.goto(path)
      const width = await page.evaluate(() => document.documentElement.scrollWidth)
      if (width > 360) tooWide.push(`${path}: ${width} px`)
    }
    expect(tooWide).toEqual([])
  })
}
