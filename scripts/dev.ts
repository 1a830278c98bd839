/**
 * npm run dev: the content check, the browser scripts, then Next's dev server. Every edit under content/ re-runs the check,
 * which rewrites .content/graph.json; the next page load reads the new graph, or shows the check's own
 * error text (the same lines npm run check:content prints). Ctrl-C stops both.
 */
import { spawn, spawnSync } from 'node:child_process'
import { readdirSync, statSync, watch, type FSWatcher } from 'node:fs'
import { join } from 'node:path'
import { runContentCheck } from '../lib/content/check'

function check() {
  const { ok, out, err } = runContentCheck()
  console.log(ok ? out.at(-1) : err.join('\n'))
}
check()
// The browser scripts written in TypeScript (public/decide.js); rebuilt on each start of the dev server.
spawnSync('npx', ['tsx', 'scripts/build-browser-scripts.ts'], { stdio: 'inherit' })

// One watcher per folder, not per file: editors and sed replace a file by renaming, which ends a file watcher.
let timer: NodeJS.Timeout | undefined
const watchers = new Map<string, FSWatcher>()
function watchFolders() {
  for (const dir of ['content', ...readdirSync('content').map((name) => join('content', name))])
    if (!watchers.has(dir) && statSync(dir, { throwIfNoEntry: false })?.isDirectory())
      watchers.set(
        dir,
        watch(dir, () => {
          clearTimeout(timer)
          timer = setTimeout(() => (watchFolders(), check()), 150)
        }),
      )
}
watchFolders()
const watcher = { close: () => watchers.forEach((w) => w.close()) }
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
