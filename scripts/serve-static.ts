import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { basename, extname, join, normalize, resolve } from 'node:path'
import { SECURITY_HEADERS } from '../lib/content-security-policy'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
}

/** Resolves a URL path to a file in the export: /x/ → x/index.html, /x → 301 to /x/ when that folder exists. */
export function resolveStaticPath(root: string, urlPath: string): { file?: string; redirect?: string } {
  const path = normalize(decodeURIComponent(urlPath.split('?')[0])).replace(/^(\.\.[/\\])+/, '')
  const full = resolve(join(root, path))
  if (!full.startsWith(resolve(root))) return {}
  if (existsSync(full) && statSync(full).isFile()) return { file: full }
  if (existsSync(join(full, 'index.html'))) return path.endsWith('/') ? { file: join(full, 'index.html') } : { redirect: `${path}/` }
  return {}
}

/** A small static server for out/, the way a static host serves it: 404.html for anything missing. */
export function serveStatic(root: string, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const { file, redirect } = resolveStaticPath(root, req.url ?? '/')
    if (redirect) {
      res.writeHead(301, { Location: redirect }).end()
      return
    }
    const target = file ?? join(root, '404.html')
    // The same headers the static hosts get (lib/content-security-policy.ts), so tests see what readers get.
    const type = basename(target) === 'opengraph-image' ? 'image/png' : (TYPES[extname(target)] ?? 'application/octet-stream')
    res.writeHead(file ? 200 : 404, { ...SECURITY_HEADERS, 'Content-Type': type })
    createReadStream(target).pipe(res)
  })
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)))
}
