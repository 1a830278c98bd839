/** Serves the built out/ for end-to-end tests (no rebuild): npx tsx scripts/serve-out.ts 4173 */
import { existsSync } from 'node:fs'
import { serveStatic } from './serve-static'

if (!existsSync('out/index.html')) {
  console.error('out/ has no build: run npm run build first.')
  process.exit(1)
}
const port = Number(process.argv[2] ?? 4173)
await serveStatic('out', port)
console.log(`Serving out/ on http://localhost:${port}`)
