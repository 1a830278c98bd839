import { createHash } from 'node:crypto'

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

/** script-src for one page: its own files, Pagefind's wasm, and the hash of each inline script Next wrote into it. */
export function scriptSourceFor(html: string): string {
  const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .filter((body) => body.length > 0)
    .map((body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`)
  return ["script-src 'self' 'wasm-unsafe-eval'", ...new Set(hashes)].join(' ')
}

/**
 * Adds a per-page Content-Security-Policy <meta> near the top of <head>, allowing exactly the page's
 * inline scripts by hash. frame-ancestors cannot be set in a meta tag, so the host's headers carry it.
 */
export function addPolicyMeta(html: string): string {
  const policy = [...BASE_POLICY.filter((d) => !d.startsWith('frame-ancestors')), scriptSourceFor(html)].join('; ')
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}"/>`
  // After the charset declaration, which must stay within the first 1024 bytes; before every script.
  const charset = /<meta charSet="utf-8"\/>/i
  if (!charset.test(html)) throw new Error('no <meta charSet="utf-8"/> to place the policy after')
  return html.replace(charset, (m) => `${m}${meta}`)
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
