import { readFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { addPolicyMeta, scriptSourceFor, SECURITY_HEADERS, vercelConfig, withoutNoModuleScripts } from '@/lib/content-security-policy'

const page =
  '<html><head><meta charSet="utf-8"/><script src="/_next/a.js" async=""></script></head><body><script>self.__next_f.push([1])</script></body></html>'
const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`
const policyMetas = (html: string) => html.match(/<meta http-equiv="Content-Security-Policy"[^>]*>/gi) ?? []

describe(scriptSourceFor, () => {
  it('allows the page’s own inline scripts by hash and nothing else inline', () => {
    expect(scriptSourceFor(page)).toBe(`script-src 'self' 'wasm-unsafe-eval' ${sha('self.__next_f.push([1])')}`)
  })

  it('hashes what the browser runs, where a regular expression would be fooled', () => {
    // A "</script" inside a comment ends nothing, and a script inside an attribute's text is no script.
    const html = `<head><meta charset="utf-8"></head><body><!-- <script>no()</script> --><p title="<script>no()</script>">x</p><script>yes(1)</script><SCRIPT>yes(2)</SCRIPT></body>`
    expect(scriptSourceFor(html)).toBe(`script-src 'self' 'wasm-unsafe-eval' ${sha('yes(1)')} ${sha('yes(2)')}`)
  })
})

describe(addPolicyMeta, () => {
  it('puts the policy right after the charset, before any script', () => {
    const html = addPolicyMeta(page)
    expect(html.indexOf('Content-Security-Policy')).toBeGreaterThan(html.indexOf('charSet'))
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'))
    expect(html).not.toContain('frame-ancestors') // ignored in <meta>; sent as a header instead
  })

  it('gives the same page when run twice', () => {
    const once = addPolicyMeta(page)
    expect(addPolicyMeta(once)).toBe(once)
  })

  it('replaces every policy already on the page with one that matches its scripts', () => {
    const stale = '<meta http-equiv="content-security-policy" content="script-src \'none\'">'
    const html = addPolicyMeta(page.replace('<meta charSet="utf-8"/>', `${stale}<meta charSet="utf-8"/>${stale}`))
    expect(policyMetas(html)).toHaveLength(1)
    expect(policyMetas(html)[0]).toContain(sha('self.__next_f.push([1])'))
    expect(html).toBe(addPolicyMeta(page))
  })

  it('refuses a page with no charset declaration to place the policy after', () => {
    expect(() => addPolicyMeta('<html><head><script>x()</script></head></html>')).toThrow('no <meta charset>')
  })
})

describe(withoutNoModuleScripts, () => {
  it('drops the polyfills for browsers without JavaScript modules and names their files, keeping every other script', () => {
    const legacy = '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>'
    expect(withoutNoModuleScripts(page.replace('</head>', `${legacy}</head>`))).toEqual({
      html: page,
      dropped: ['/_next/static/chunks/polyfills.js'],
    })
  })
})

describe('SECURITY_HEADERS', () => {
  it('asks browsers for https for a year and keeps the site’s files off other sites', () => {
    expect(SECURITY_HEADERS).toMatchObject({
      'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
      'Cross-Origin-Resource-Policy': 'same-origin',
    })
  })
})

describe('vercel.json', () => {
  it('matches the headers the build writes for other hosts', () => {
    expect(JSON.parse(readFileSync('vercel.json', 'utf8')), 'run npx tsx scripts/write-host-config.ts').toEqual(vercelConfig())
  })
})
