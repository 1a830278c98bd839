/** npm start: serves out/ on http://localhost:3000 (PORT to change), building it first if it is missing. */
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { serveStatic } from './serve-static'

if (!existsSync('out/index.html')) {
  console.log('No build in out/ yet: running npm run build first.')
  execSync('npm run build', { stdio: 'inherit' })
}
const port = Number(process.env.PORT ?? 3000)
await serveStatic('out', port)
console.log(`Serving out/ on http://localhost:${port}`)
