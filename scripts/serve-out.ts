/**
 * Serves the built out/ for the end-to-end tests (no rebuild): npx tsx scripts/serve-out.ts 4173. With Debian's nginx
 * when it is installed, running deploy/nginx.conf's server block, so the tests see the headers and 404s a real host
 * sends; elsewhere with the small Node server (scripts/serve-static.ts).
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { hasNginx, MIME_TYPES, NGINX, standaloneNginxConf } from './nginx-config'
import { serveStatic } from './serve-static'

if (!existsSync('out/index.html')) {
  console.error('out/ has no build: run npm run build:local first.')
  process.exit(1)
}
const port = Number(process.argv[2] ?? 4173)

if (hasNginx()) {
  const dir = mkdtempSync(join(tmpdir(), 'iop-nginx-'))
  const conf = join(dir, 'nginx.conf')
  writeFileSync(conf, standaloneNginxConf({ root: resolve('out'), port, dir, mimeTypes: MIME_TYPES }))
  // -e: the error log before the configuration is read, which would otherwise be the system's /var/log/nginx/.
  const nginx = spawn(NGINX, ['-p', dir, '-c', conf, '-e', 'stderr'], { stdio: 'inherit' })
  nginx.on('exit', (code, signal) => {
    rmSync(dir, { recursive: true, force: true })
    process.exit(signal ? 0 : (code ?? 1))
  })
  // Playwright stops the web server with SIGTERM (playwright.config.ts); nginx stops at once on it too.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => nginx.kill('SIGTERM'))
  console.log(`Serving out/ with nginx (${conf}) on http://127.0.0.1:${port}`)
} else {
  await serveStatic('out', port)
  console.log(`Serving out/ with the Node server on http://127.0.0.1:${port} (install nginx to test with the real one)`)
}
