import { createHash } from 'node:crypto'
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5'
import { applyEdits, attribute, elements, removal } from './html-edit'

/** The policy every page shares: only the site's own origin; wasm for Pagefind's search index. */
export const BASE_POLICY = [
  "default-src 'self'",
  "img-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
]

const isPolicyMeta = (e: T.Element) => e.tagName === 'meta' && attribute(e, 'http-equiv')?.toLowerCase() === 'content-security-policy'

/** The text of each non-empty inline script, as the browser hashes it (after HTML parsing). */
function inlineScripts(document: T.Document): string[] {
  return [...elements(document)]
    .filter((e) => e.tagName === 'script' && attribute(e, 'src') === undefined)
    .map((e) => e.childNodes.map((n) => ('value' in n ? n.value : '')).join(''))
    .filter((body) => body.length > 0)
}

/** script-src for one page: its own files, Pagefind's wasm, and the hash of each inline script Next wrote into it. */
export const scriptSourceFor = (html: string) => scriptSource(parse(html))

function scriptSource(document: T.Document): string {
  const hashes = inlineScripts(document).map((body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`)
  // A page with no inline script is a static page: its only script is the site's own enhancement file, and it runs no wasm.
  if (hashes.length === 0) return "script-src 'self'"
  return ["script-src 'self' 'wasm-unsafe-eval'", ...new Set(hashes)].join(' ')
}

/**
 * Gives the page exactly one Content-Security-Policy <meta>, right after its charset declaration and before every script,
 * allowing exactly the page's inline scripts by hash. Any policy meta already there is replaced, so running it twice
 * changes nothing. It must run on the final HTML: a script added afterwards would be blocked. frame-ancestors cannot be
 * set in a meta tag, so the host's headers carry it.
 */
export function addPolicyMeta(html: string): string {
  const document = parse(html, { sourceCodeLocationInfo: true })
  const all = [...elements(document)]
  // The charset must stay within the first 1024 bytes, so the policy goes after it rather than first in <head>.
  const charset = all.find((e) => e.tagName === 'meta' && attribute(e, 'charset') !== undefined)?.sourceCodeLocation
  if (!charset) throw new Error('no <meta charset> to place the Content-Security-Policy after')
  const policy = [...BASE_POLICY.filter((d) => !d.startsWith('frame-ancestors')), scriptSource(document)].join('; ')
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}"/>`
  const edits = [{ start: charset.endOffset, end: charset.endOffset, text: meta }, ...all.filter(isPolicyMeta).flatMap(removal)]
  return applyEdits(html, edits)
}

/**
 * Removes the <script noModule> tags Next adds for browsers without JavaScript modules, which every browser the site
 * supports has; returns the page and the files they loaded. Those files are core-js, whose URL parser is the only
 * "localhost" left in a deploy build.
 */
export function withoutNoModuleScripts(html: string): { html: string; dropped: string[] } {
  const scripts = [...elements(parse(html, { sourceCodeLocationInfo: true }))].filter(
    (e) => e.tagName === 'script' && attribute(e, 'nomodule') !== undefined,
  )
  return { html: applyEdits(html, scripts.flatMap(removal)), dropped: scripts.flatMap((e) => attribute(e, 'src') ?? []) }
}

/**
 * The headers a static host sends with every page. The header's script-src allows inline scripts only
 * because each page's own <meta> policy narrows them to its hashes; browsers enforce both policies.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': [...BASE_POLICY, "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'"].join('; '),
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  // Browsers ignore it over plain http, so local and test servers can send it too.
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
}

/** Netlify and Cloudflare Pages read these from out/_headers. */
export const netlifyHeaders = () =>
  [
    '/*',
    ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`),
    '/*/opengraph-image',
    '  Content-Type: image/png',
    '/opengraph-image',
    '  Content-Type: image/png',
    '',
  ].join('\n')

/** The same headers for vercel.json. */
export const vercelConfig = () => ({
  trailingSlash: true,
  headers: [
    { source: '/(.*)', headers: Object.entries(SECURITY_HEADERS).map(([key, value]) => ({ key, value })) },
    { source: '/(.*)opengraph-image', headers: [{ key: 'Content-Type', value: 'image/png' }] },
  ],
})
