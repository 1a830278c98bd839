/**
 * After next build: writes each page's Content-Security-Policy (hashes of its inline scripts), then
 * indexes the exported HTML with Pagefind into out/pagefind/.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import * as pagefind from 'pagefind'
import { addPolicyMeta, netlifyHeaders } from '../lib/content-security-policy'
import { listExportedPages } from '../lib/exported-pages'

const OUT = 'out'
const pages = listExportedPages(OUT)
for (const page of [...pages, '/404/']) {
  const file = page === '/404/' ? join(OUT, '404.html') : join(OUT, page, 'index.html')
  writeFileSync(file, addPolicyMeta(readFileSync(file, 'utf8')))
}
writeFileSync(join(OUT, '_headers'), netlifyHeaders())
console.log(`Content-Security-Policy written into ${pages.length + 1} pages, and security headers into out/_headers.`)

const { index, errors } = await pagefind.createIndex({})
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
const added = await index.addDirectory({ path: OUT })
if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`)
const written = await index.writeFiles({ outputPath: join(OUT, 'pagefind') })
if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`)
await pagefind.close()
console.log(`Pagefind indexed ${added.page_count} pages into ${OUT}/pagefind/.`)
