/** npm start: serves out/ on http://localhost:3000 (PORT to change), making a local build first if out/ is missing. */
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { serveStatic } from './serve-static'

if (!existsSync('out/index.html')) {
  console.log('No build in out/ yet: running npm run build:local first.')
  execSync('npm run -s build:local', { stdio: 'inherit' })
}
const port = Number(process.env.PORT ?? 3000)
await serveStatic('out', port)
console.log(`Serving out/ on http://localhost:${port}`)
