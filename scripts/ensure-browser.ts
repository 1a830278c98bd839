/**
 * Makes sure end-to-end tests have a Chromium: Debian's /usr/bin/chromium (installed with apt-get when
 * running as root on Debian, since browser downloads are blocked here), else Playwright's own browser.
 */
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { aptInstall } from './apt-install'

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser']
const found = () => SYSTEM_CHROMIUM.find((path) => existsSync(path))

if (!found()) aptInstall(['chromium'], 'No Chromium found')
if (!found() && !existsSync(chromium.executablePath())) {
  console.error(
    'No browser for the end-to-end tests: install Chromium (Debian: apt-get install chromium) or run npx playwright install chromium.',
  )
  process.exit(1)
}
console.log(`End-to-end browser: ${found() ?? chromium.executablePath()}`)
