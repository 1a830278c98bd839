import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from '@playwright/test'
import { parse } from 'parse5'
import type { DefaultTreeAdapterMap } from 'parse5'
import { scriptSourceFor } from '../../lib/content-security-policy'
import { attribute, elements } from '../../lib/html-edit'
import { getContent } from '../../lib/content/content'
import { listExportedPages } from '../../lib/exported-pages'
import { listSitePaths } from '../../lib/site-paths'
import { frameworkLeftovers, isStaticPage } from '../../lib/static-pages'
import { LOCAL_SITE_URL } from '../../lib/site'

/**
 * Promises every exported page keeps, checked by parsing its HTML (no browser): one h1, the crisis lines, one CSP
 * meta whose hashes are the page's inline scripts, canonical = its own address, nothing from another origin, and
 * every internal link and #fragment lands on a page and an id that exist. Expected pages come from the content graph.
 */
type Node = DefaultTreeAdapterMap['node']

const attr = attribute
const text = (node: Node): string =>
  'value' in node && node.nodeName === '#text' ? node.value : 'childNodes' in node ? node.childNodes.map(text).join('') : ''

const OUT = 'out'
const pages = listExportedPages(OUT)
const fileOf = (path: string) => join(OUT, path, 'index.html')
const parsed = new Map(pages.map((path) => [path, parse(readFileSync(fileOf(path), 'utf8'))]))
const ids = new Map([...parsed].map(([path, doc]) => [path, new Set([...elements(doc)].map((e) => attr(e, 'id')).filter(Boolean))]))
const isRedirect = (path: string) =>
  [...elements(parsed.get(path)!)].some((e) => e.tagName === 'meta' && attr(e, 'http-equiv') === 'refresh')

test('the export has every page the content graph names', () => {
  const missing = listSitePaths(getContent())
    .map((p) => p.path)
    .filter((path) => !pages.includes(path))
  expect(missing).toEqual([])
})

for (const path of pages) {
  test(`${path} keeps the page promises`, () => {
    const doc = parsed.get(path)!
    const all = [...elements(doc)]
    const problems: string[] = []
    if (all.filter((e) => e.tagName === 'h1').length !== 1) problems.push('not exactly one h1')
    const policies = all.filter((e) => e.tagName === 'meta' && attr(e, 'http-equiv')?.toLowerCase() === 'content-security-policy')
    if (isStaticPage(path))
      for (const leftover of frameworkLeftovers(readFileSync(fileOf(path), 'utf8'))) problems.push(`static page ships ${leftover}`)
    else if (frameworkLeftovers(readFileSync(fileOf(path), 'utf8')).length === 0) problems.push('application page lost its runtime')
    if (policies.length !== 1) problems.push(`${policies.length} CSP meta tags`)
    else if (!attr(policies[0], 'content')!.includes(scriptSourceFor(readFileSync(fileOf(path), 'utf8'))))
      problems.push('CSP hashes do not match the inline scripts')
    for (const e of all) {
      const src =
        attr(e, 'src') ??
        (e.tagName === 'link' && attr(e, 'rel') !== 'canonical' && attr(e, 'rel') !== 'alternate' ? attr(e, 'href') : undefined)
      if (src && /^(https?:)?\/\//.test(src) && !src.startsWith(LOCAL_SITE_URL)) problems.push(`loads ${src} from another origin`)
    }
    // Not-found pages answer at every missing address, so they name no canonical one.
    const isNotFound = path === '/404/' || path === '/_not-found/'
    if (!isRedirect(path) && !isNotFound) {
      const footer = all.find((e) => e.tagName === 'footer')
      const footerText = footer ? text(footer) : ''
      if (!footerText.includes('988') || !footerText.includes('SAMHSA National Helpline')) problems.push('no crisis lines in the footer')
      const canonical = all.find((e) => e.tagName === 'link' && attr(e, 'rel') === 'canonical')
      if (!canonical || attr(canonical, 'href') !== `${LOCAL_SITE_URL}${path}`)
        problems.push(`canonical is ${canonical && attr(canonical, 'href')}`)
    }
    for (const a of all.filter((e) => e.tagName === 'a')) {
      const href = attr(a, 'href')
      if (!href || /^(https?:|mailto:|tel:)/.test(href) || href.startsWith('/_next/')) continue
      const url = new URL(href, `http://site.invalid${path}`)
      const target = url.pathname
      if (target === '/feed.xml' || target === '/sitemap.xml' || target.startsWith('/pagefind/')) continue
      if (!pages.includes(target)) problems.push(`link to ${href}: no such page`)
      else if (url.hash && !ids.get(target)!.has(decodeURIComponent(url.hash.slice(1)))) problems.push(`link to ${href}: no such id`)
    }
    expect(problems).toEqual([])
  })
}
