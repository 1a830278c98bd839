/**
 * Lighthouse (mobile, performance only) for some of the site's pages beside a bare Next 16 page built in the same run,
 * so each figure can be read as a ratio to a floor measured on the same machine at the same time.
 */
import { execSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { serveStatic } from './serve-static'

export interface LighthouseRow {
  page: string
  performance: number
  fcpMs: number
  tbtMs: number
  /** Runs Lighthouse could not complete (its runtimeError code), left out of the median. */
  failed?: string[]
}

/**
 * A one-page Next app with this project's own Next and React, exported: the floor any Next page starts from. It is built
 * under bench/ (git ignores it), inside the project, because Turbopack resolves packages only within its root.
 */
function buildBareNext(): string {
  const dir = resolve('bench', 'bare-next')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(join(dir, 'app'), { recursive: true })
  writeFileSync(join(dir, 'next.config.mjs'), "export default { output: 'export', trailingSlash: true }\n")
  writeFileSync(
    join(dir, 'app', 'layout.js'),
    'export default function L({ children }) { return <html lang="en"><body>{children}</body></html> }\n',
  )
  writeFileSync(join(dir, 'app', 'page.js'), 'export default function P() { return <main><h1>Bare page</h1><p>Text.</p></main> }\n')
  execSync('npx next build', { cwd: dir, stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
  return dir
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

export async function runLighthouse(out: string, pages: string[], runs: number): Promise<{ floor: LighthouseRow; rows: LighthouseRow[] }> {
  const bare = buildBareNext()
  const [site, floorServer] = [await serveStatic(out, 4611), await serveStatic(join(bare, 'out'), 4612)]
  const chromePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p))
  const chrome = await launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
  const measure = async (label: string, url: string): Promise<LighthouseRow> => {
    const samples: LighthouseRow[] = []
    const failed: string[] = []
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], output: 'json', logLevel: 'error' })
      const lhr = result!.lhr
      if (lhr.runtimeError || lhr.categories.performance.score === null) {
        failed.push(lhr.runtimeError?.code ?? 'NO_SCORE')
        continue
      }
      samples.push({
        page: label,
        performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
        fcpMs: lhr.audits['first-contentful-paint'].numericValue ?? NaN,
        tbtMs: lhr.audits['total-blocking-time'].numericValue ?? NaN,
      })
    }
    return {
      page: label,
      performance: samples.length ? median(samples.map((s) => s.performance)) : NaN,
      fcpMs: samples.length ? Math.round(median(samples.map((s) => s.fcpMs))) : NaN,
      tbtMs: samples.length ? Math.round(median(samples.map((s) => s.tbtMs))) : NaN,
      ...(failed.length ? { failed } : {}),
    }
  }
  try {
    // Interleaved: the floor first, then each page, so load on the machine falls on all of them alike.
    const floor = await measure('bare Next 16 page (floor)', 'http://127.0.0.1:4612/')
    const rows: LighthouseRow[] = []
    for (const page of pages) rows.push(await measure(page, `http://127.0.0.1:4611${page}`))
    return { floor, rows }
  } finally {
    chrome.kill()
    site.close()
    floorServer.close()
    rmSync(bare, { recursive: true, force: true })
  }
}
