import { readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

/** Every page in the static export, as a URL path (/articles/x/), from the files in out/. */
export function listExportedPages(root = 'out'): string[] {
  const pages: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry)
      if (entry === '_next') continue
      if (statSync(path).isDirectory()) walk(path)
      else if (entry === 'index.html') pages.push(`/${relative(root, dir)}/`.replace(/^\/\/$|\/\/$/, '/'))
    }
  }
  walk(root)
  return pages.sort()
}
