import { parse } from 'parse5'
import { applyEdits, attribute, elements, removal } from './html-edit'
import { routes } from './routes'

/** The pages that are applications and keep React in the browser. Every other page is static text. */
export const APPLICATION_PAGES: readonly string[] = [routes.worksheet(), routes.search(), routes.claims()]

/** The one script every static page keeps: public/enhance.js (citation popovers, copy-link, the level picker, print). */
export const ENHANCE_SCRIPT = '/enhance.js'
/** The plain scripts static pages may keep: enhance.js, and the /decide/ exercise (bundled from lib/decide/decide-client.ts). */
export const PAGE_SCRIPTS: readonly string[] = [ENHANCE_SCRIPT, '/decide.js']

export const isStaticPage = (path: string) => !APPLICATION_PAGES.includes(path)

/**
 * Removes Next's client runtime from a static page: every script but the enhancement script (the framework chunks and
 * the inline RSC payload that repeats the page for hydration), and the preloads of those scripts. The HTML the
 * server rendered stays as it was, so the page reads and prints the same.
 */
export function withoutFrameworkRuntime(html: string): string {
  const drop = [...elements(parse(html, { sourceCodeLocationInfo: true }))].filter(
    (e) =>
      (e.tagName === 'script' && !PAGE_SCRIPTS.includes(attribute(e, 'src') ?? '')) ||
      (e.tagName === 'link' &&
        (attribute(e, 'rel') === 'modulepreload' || (attribute(e, 'rel') === 'preload' && attribute(e, 'as') === 'script'))),
  )
  return applyEdits(html, drop.flatMap(removal))
}

/** What a static page still ships of the framework, for the test that fails if one does. */
export function frameworkLeftovers(html: string): string[] {
  return [...elements(parse(html))]
    .filter((e) => e.tagName === 'script' && !PAGE_SCRIPTS.includes(attribute(e, 'src') ?? ''))
    .map((e) => attribute(e, 'src') ?? `inline script (${e.childNodes.length ? 'with content' : 'empty'})`)
    .concat(html.includes('self.__next_f') ? ['RSC payload'] : [])
}
