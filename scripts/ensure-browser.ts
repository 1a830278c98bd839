/**
 * Makes sure end-to-end tests have a Chromium: Debian's /usr/bin/chromium (installed with apt-get when
 * running as root on Debian, since browser downloads are blocked here), else Playwright's own browser.
 */
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser']
const found = () => SYSTEM_CHROMIUM.find((path) => existsSync(path))

if (!found()) {
  const isRoot = process.getuid?.() === 0
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('No Chromium found: installing Debian’s chromium package…')
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' })
  }
}
if (!found() && !existsSync(chromium.executablePath())) {
  console.error(
    'No browser for the end-to-end tests: install Chromium (Debian: apt-get install chromium) or run npx playwright install chromium.',
  )
  process.exit(1)
}
console.log(`End-to-end browser: ${found() ?? chromium.executablePath()}`)
