import { createHash } from 'node:crypto'
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5'

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

/** Every element in document order, the contents of <template> included. */
function* elements(parent: T.ParentNode): Generator<T.Element> {
  for (const node of parent.childNodes) {
    if (!('tagName' in node)) continue
    yield node
    yield* elements(node.tagName === 'template' ? (node as T.Template).content : node)
  }
}

const attribute = (element: T.Element, name: string) => element.attrs.find((a) => a.name === name)?.value
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
  return ["script-src 'self' 'wasm-unsafe-eval'", ...new Set(hashes)].join(' ')
}

type Edit = { start: number; end: number; text: string }
const removal = ({ sourceCodeLocation: at }: T.Element): Edit[] => (at ? [{ start: at.startOffset, end: at.endOffset, text: '' }] : [])

function applyEdits(html: string, edits: Edit[]): string {
  // From the end backwards, so earlier offsets stay right; at one offset, the removal before the insertion.
  edits.sort((a, b) => b.start - a.start || b.end - a.end)
  return edits.reduce((out, { start, end, text }) => out.slice(0, start) + text + out.slice(end), html)
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
