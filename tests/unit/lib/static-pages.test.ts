import { describe, expect, it } from 'vitest'
import { frameworkLeftovers, isStaticPage, withoutFrameworkRuntime } from '@/lib/static-pages'

const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"/><link rel="stylesheet" href="/_next/static/a.css"/><link rel="preload" as="script" href="/_next/static/chunks/x.js"/><link rel="modulepreload" href="/_next/static/chunks/y.js"/><script src="/_next/static/chunks/x.js" async=""></script></head><body><p>Text</p><script src="/enhance.js" defer=""></script><script>self.__next_f.push([1,"payload"])</script></body></html>`

describe(withoutFrameworkRuntime, () => {
  it("removes Next's scripts, preloads and RSC payload, and keeps the page, its styles and the enhancement script", () => {
    const html = withoutFrameworkRuntime(PAGE)
    expect(html).toBe(
      '<!DOCTYPE html><html><head><meta charset="utf-8"/><link rel="stylesheet" href="/_next/static/a.css"/></head><body><p>Text</p><script src="/enhance.js" defer=""></script></body></html>',
    )
    expect(frameworkLeftovers(html)).toEqual([])
    expect(withoutFrameworkRuntime(html)).toBe(html)
  })
  it('names what a page still ships', () => {
    expect(frameworkLeftovers(PAGE)).toEqual(['/_next/static/chunks/x.js', 'inline script (with content)', 'RSC payload'])
  })
  it('keeps the runtime on the application pages only', () => {
    expect(isStaticPage('/articles/what-is-an-iop/')).toBe(true)
    expect(isStaticPage('/compare/')).toBe(true)
    expect(isStaticPage('/choose/worksheet/')).toBe(false)
    expect(isStaticPage('/search/')).toBe(false)
  })
})
