import { readFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { addPolicyMeta, scriptSourceFor, vercelConfig } from '@/lib/content-security-policy'

const page =
  '<html><head><meta charSet="utf-8"/><script src="/_next/a.js" async=""></script></head><body><script>self.__next_f.push([1])</script></body></html>'
const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`

describe(scriptSourceFor, () => {
  it('allows the page’s own inline scripts by hash and nothing else inline', () => {
    expect(scriptSourceFor(page)).toBe(`script-src 'self' 'wasm-unsafe-eval' ${sha('self.__next_f.push([1])')}`)
  })
})

describe(addPolicyMeta, () => {
  it('puts the policy right after the charset, before any script', () => {
    const html = addPolicyMeta(page)
    expect(html.indexOf('Content-Security-Policy')).toBeGreaterThan(html.indexOf('charSet'))
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'))
    expect(html).not.toContain('frame-ancestors') // ignored in <meta>; sent as a header instead
  })
})

describe('vercel.json', () => {
  it('matches the headers the build writes for other hosts', () => {
    expect(JSON.parse(readFileSync('vercel.json', 'utf8'))).toEqual(vercelConfig())
  })
})
