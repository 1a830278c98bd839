/**
 * After next build: indexes the exported HTML with Pagefind into out/pagefind/, drops Next's polyfills for browsers
 * without JavaScript modules, then, last, writes each page's Content-Security-Policy (hashes of its inline scripts) and
 * the hosts' headers file. `tsx scripts/post-build.ts [dir]`, out/ by default.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import * as pagefind from 'pagefind'
import { addPolicyMeta, netlifyHeaders, withoutNoModuleScripts } from '../lib/content-security-policy'
import { APPLICATION_PAGES, isStaticPage, withoutFrameworkRuntime } from '../lib/static-pages'

const OUT = process.argv[2] ?? 'out'

async function indexWithPagefind(root: string) {
  const { index, errors } = await pagefind.createIndex({})
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  const added = await index.addDirectory({ path: root })
  if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`)
  const written = await index.writeFiles({ outputPath: join(root, 'pagefind') })
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`)
  await pagefind.close()
  console.log(`Pagefind indexed ${added.page_count} pages into ${root}/pagefind/.`)
}

/** Every exported HTML file: x/index.html for each page, and 404.html, which hosts serve for missing addresses. */
const htmlFiles = (root: string): string[] =>
  readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.html') && !path.startsWith('_next/'))
    .map((path) => join(root, path))

/** Legacy-browser polyfills out, so no exported file names localhost (core-js's URL parser does). */
function dropNoModuleScripts(root: string) {
  const dropped = new Set<string>()
  for (const file of htmlFiles(root)) {
    const page = withoutNoModuleScripts(readFileSync(file, 'utf8'))
    page.dropped.forEach((src) => dropped.add(src))
    writeFileSync(file, page.html)
  }
  for (const src of dropped) rmSync(join(root, src), { force: true })
  console.log(`Dropped ${dropped.size} script for browsers without JavaScript modules: ${[...dropped].join(', ')}.`)
}

/** Static pages (all but the applications in lib/static-pages.ts) lose Next's client runtime and RSC payload. */
function dropFrameworkRuntime(root: string) {
  let count = 0
  for (const file of htmlFiles(root)) {
    const path = `/${file.slice(root.length + 1).replace(/index\.html$|\.html$/, '')}`.replace(/^\/404$/, '/404/')
    if (!isStaticPage(path)) continue
    writeFileSync(file, withoutFrameworkRuntime(readFileSync(file, 'utf8')))
    count++
  }
  console.log(`Next's client runtime removed from ${count} static pages (kept on ${APPLICATION_PAGES.join(', ')}).`)
}

/** Runs last, on the final HTML: a page changed after its hashes were taken would have its scripts blocked. */
function writeSecurityPolicies(root: string) {
  const files = htmlFiles(root)
  for (const file of files) {
    try {
      writeFileSync(file, addPolicyMeta(readFileSync(file, 'utf8')))
    } catch (error) {
      throw new Error(`${file}: ${error instanceof Error ? error.message : error}`)
    }
  }
  writeFileSync(join(root, '_headers'), netlifyHeaders())
  console.log(`Content-Security-Policy written into ${files.length} HTML files, and security headers into ${root}/_headers.`)
}

await indexWithPagefind(OUT)
dropNoModuleScripts(OUT)
dropFrameworkRuntime(OUT)
writeSecurityPolicies(OUT)
