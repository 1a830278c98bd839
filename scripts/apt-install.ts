/**
 * Installs Debian packages the end-to-end run needs, the one way to get them on the CI machine (downloads from
 * anywhere but Debian's mirrors are blocked there). Only as root on Debian; elsewhere it leaves the machine alone.
 */
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'

export function aptInstall(packages: string[], why: string): void {
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) return
  console.log(`${why}: installing Debian’s ${packages.join(', ')}…`)
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')}`, { stdio: 'inherit' })
}
