/**
 * npm run bench: measures the static site. Builds out/ (or reuses it with --reuse), then prints for every
 * page the gzip size of the JavaScript and CSS its HTML references and of the HTML itself, plus build time
 * and page count. Writes the same figures to bench/results.json. Figures, not pass/fail: no timing in tests.
 */
import { execSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { listExportedPages } from '../lib/exported-pages'
import { countPdfPages } from '../lib/pdf-pages'
import { runLighthouse } from './bench-lighthouse'
import { serveStatic } from './serve-static'

const OUT = 'out'
const reuse = process.argv.includes('--reuse') && existsSync(join(OUT, 'index.html'))
let buildSeconds: number | null = null
if (!reuse) {
  const start = performance.now()
  execSync('npm run -s build:local', { stdio: 'inherit' })
  buildSeconds = (performance.now() - start) / 1000
}

const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length
const assetPath = (href: string) => join(OUT, decodeURIComponent(href.split('?')[0]))

const rows = listExportedPages(OUT).map((page) => {
  const htmlFile = join(OUT, page, 'index.html')
  const html = readFileSync(htmlFile, 'utf8')
  // noModule scripts are legacy polyfills that modern browsers never download, so they are not first-load JS.
  const scripts = new Set(
    [...html.matchAll(/<script([^>]+)>/g)].filter((m) => !/noModule/i.test(m[1])).flatMap((m) => /src="([^"]+)"/.exec(m[1])?.[1] ?? []),
  )
  const styles = new Set(
    [
      ...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g),
      ...html.matchAll(/<link[^>]+href="([^"]+\.css)"[^>]+rel="stylesheet"/g),
    ].map((m) => m[1]),
  )
  const sum = (hrefs: Set<string>) => [...hrefs].filter((h) => h.startsWith('/')).reduce((total, h) => total + gz(assetPath(h)), 0)
  return {
    page,
    jsGzip: sum(scripts),
    cssGzip: sum(styles),
    htmlGzip: gz(htmlFile),
    scripts: scripts.size,
    isRedirect: html.includes('http-equiv="refresh"'),
  }
})

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`
const floor = Math.min(...rows.map((r) => r.jsGzip))
const pad = (s: string, n: number) => s.padStart(n)
console.log(`\n${'page'.padEnd(64)}${pad('JS gzip', 11)}${pad('CSS gzip', 11)}${pad('HTML gzip', 11)}`)
for (const r of rows) console.log(`${r.page.padEnd(64)}${pad(kb(r.jsGzip), 11)}${pad(kb(r.cssGzip), 11)}${pad(kb(r.htmlGzip), 11)}`)

const articles = rows.filter((r) => /^\/articles\/[^/]+\/$/.test(r.page) && !r.isRedirect)
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const summary = {
  date: new Date().toISOString(),
  buildSeconds,
  pages: rows.length,
  jsFloorGzip: floor,
  article: articles.length
    ? {
        jsGzipMax: Math.max(...articles.map((r) => r.jsGzip)),
        cssGzipMax: Math.max(...articles.map((r) => r.cssGzip)),
        htmlGzipMedian: median(articles.map((r) => r.htmlGzip)),
      }
    : null,
}
console.log(`\nBuild: ${buildSeconds === null ? 'reused out/ (not timed)' : `${buildSeconds.toFixed(1)} s`}; ${rows.length} pages.`)
console.log(`First-load JS floor (smallest page): ${kb(floor)} gzip.`)
if (summary.article)
  console.log(
    `Article pages: JS up to ${kb(summary.article.jsGzipMax)} gzip (${kb(summary.article.jsGzipMax - floor)} above the floor), CSS up to ${kb(summary.article.cssGzipMax)} gzip, HTML median ${kb(summary.article.htmlGzipMedian)} gzip.`,
  )
// Search: Pagefind's index on disk, and the script the search page loads when a reader searches.
const dirSize = (dir: string): number =>
  readdirSync(dir).reduce((sum, e) => sum + (statSync(join(dir, e)).isDirectory() ? dirSize(join(dir, e)) : statSync(join(dir, e)).size), 0)
const pagefindDir = join(OUT, 'pagefind')
const search = existsSync(pagefindDir) ? { indexBytes: dirSize(pagefindDir), pagefindJsGzip: gz(join(pagefindDir, 'pagefind.js')) } : null
if (search)
  console.log(
    `Pagefind index: ${kb(search.indexBytes)} on disk; pagefind.js ${kb(search.pagefindJsGzip)} gzip, loaded only when a reader searches.`,
  )

// Print: every article to PDF with Chromium (Letter paper, print CSS), counting pages.
const printPages: Record<string, number> = {}
const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p))
const server = await serveStatic(OUT, 4599)
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] })
const page = await browser.newPage()
const handouts = rows.filter((r) => /^\/handouts\/[^/]+\/$/.test(r.page))
for (const { page: path } of [...articles, ...handouts, { page: '/questions/' }, { page: '/get-help/' }]) {
  await page.goto(`http://localhost:4599${path}`)
  const pdf = await page.pdf({ format: 'Letter', printBackground: false })
  printPages[path] = countPdfPages(pdf)
}
await browser.close()
server.close()
const printSummary = (label: string, paths: string[]) => {
  const printed = paths.map((p) => printPages[p]).filter((n) => n !== undefined)
  if (printed.length)
    console.log(
      `${label} printed to PDF (Letter): ${(printed.reduce((a, b) => a + b, 0) / printed.length).toFixed(1)} pages on average (min ${Math.min(...printed)}, max ${Math.max(...printed)}).`,
    )
}
printSummary(
  'Articles',
  articles.map((a) => a.page),
)
printSummary(
  'Handouts',
  handouts.map((h) => h.page),
)
printSummary('/questions/ and /get-help/', ['/questions/', '/get-help/'])

// Lighthouse beside a bare Next page built in this run: --runs N (median of N, default 3); --no-lighthouse skips it.
const runsFlag = process.argv.indexOf('--runs')
const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 3
const sample = [
  '/',
  articles.length ? [...articles].sort((a, b) => a.htmlGzip - b.htmlGzip)[Math.floor(articles.length / 2)].page : '/',
  '/compare/',
  '/choose/worksheet/',
  '/decide/',
  '/questions/',
]
const lighthouseResult = process.argv.includes('--no-lighthouse') ? null : await runLighthouse(OUT, sample, runs)
if (lighthouseResult) {
  const { floor, rows: measured } = lighthouseResult
  console.log(`\nLighthouse 12 mobile, median of ${runs}; ratios are to the bare Next page measured in this run:`)
  console.log(`${'page'.padEnd(44)}${pad('perf', 6)}${pad('FCP ms', 9)}${pad('TBT ms', 9)}${pad('FCP ratio', 11)}${pad('TBT ratio', 11)}`)
  for (const r of [floor, ...measured])
    console.log(
      r.failed && r.failed.length === runs
        ? `${r.page.padEnd(44)}all ${runs} Lighthouse runs failed (${r.failed.join(', ')})`
        : `${r.page.padEnd(44)}${pad(String(r.performance), 6)}${pad(String(r.fcpMs), 9)}${pad(String(r.tbtMs), 9)}${pad((r.fcpMs / floor.fcpMs).toFixed(2), 11)}${pad(floor.tbtMs ? (r.tbtMs / floor.tbtMs).toFixed(2) : '–', 11)}${r.failed ? `  (${r.failed.length} of ${runs} runs failed)` : ''}`,
    )
}

mkdirSync('bench', { recursive: true })
writeFileSync(
  'bench/results.json',
  `${JSON.stringify({ summary: { ...summary, search, printPages, lighthouse: lighthouseResult }, pages: rows }, null, 2)}\n`,
)
console.log('Wrote bench/results.json')
