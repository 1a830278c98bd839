/**
 * npm run dev: the content check, then Next's dev server. Every edit under content/ re-runs the check,
 * which rewrites .content/graph.json; the next page load reads the new graph, or shows the check's own
 * error text (the same lines npm run check:content prints). Ctrl-C stops both.
 */
import { spawn } from 'node:child_process'
import { watch } from 'node:fs'
import { runContentCheck } from '../lib/content/check'

function check() {
  const { ok, out, err } = runContentCheck()
  console.log(ok ? out.at(-1) : err.join('\n'))
}
check()

let timer: NodeJS.Timeout | undefined
const watcher = watch('content', { recursive: true }, () => {
  clearTimeout(timer)
  timer = setTimeout(check, 150)
})
const next = spawn('npx', ['next', 'dev'], { stdio: 'inherit', env: { SITE_URL: 'http://localhost:3000', ...process.env } })
const stop = () => {
  watcher.close()
  next.kill('SIGTERM')
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
next.on('exit', () => {
  watcher.close()
  process.exit()
})
