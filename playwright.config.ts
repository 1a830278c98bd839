import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { defineConfig, devices } from '@playwright/test'

// A port the system says is free, chosen once by the runner; workers inherit it through the environment, so two test
// runs on one machine never meet on the same port.
process.env.E2E_PORT ??= execFileSync(process.execPath, [
  '-e',
  "const s = require('net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close() })",
])
  .toString()
  .trim()
const PORT = Number(process.env.E2E_PORT)
// Debian's Chromium where it exists (browser downloads are impossible on the CI machine), else Playwright's own.
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path))

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: systemChromium,
      // As root, Chromium needs --no-sandbox; the others stop it calling home on a closed network.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  // nginx with deploy/nginx.conf's rules where it is installed, else the Node server (scripts/serve-out.ts).
  webServer: {
    command: `npx tsx scripts/serve-out.ts ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    stdout: 'pipe',
  },
})
