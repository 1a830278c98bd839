import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { deployNginxConf, hasNginx, MIME_TYPES, NGINX, standaloneNginxConf } from '@/scripts/nginx-config'

describe('deploy/nginx.conf', () => {
  it('matches the shared header list', () => {
    expect(readFileSync('deploy/nginx.conf', 'utf8'), 'run npx tsx scripts/write-host-config.ts').toBe(deployNginxConf())
  })
})

describe(standaloneNginxConf, () => {
  const dir = '/tmp/iop-nginx-test'
  const conf = standaloneNginxConf({ root: '/srv/out', port: 4173, dir, mimeTypes: MIME_TYPES })

  it('listens on loopback only and keeps its pid and temp files in its own folder', () => {
    expect(conf).toContain('listen 127.0.0.1:4173;')
    expect(conf.match(/^\s*(pid|\w+_temp_path) .*$/gm)?.every((line) => line.includes(`${dir}/`))).toBe(true)
    expect(conf).not.toMatch(/\/var\/|listen 80/)
  })

  it.skipIf(!hasNginx())('is a configuration nginx accepts', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'iop-nginx-'))
    try {
      const file = join(tmp, 'nginx.conf')
      writeFileSync(file, standaloneNginxConf({ root: tmp, port: 4173, dir: tmp, mimeTypes: MIME_TYPES }))
      expect(() => execFileSync(NGINX, ['-t', '-q', '-p', tmp, '-c', file, '-e', 'stderr'], { stdio: 'pipe' })).not.toThrow()
    } finally {
      rmSync(tmp, { recursive: true, force: true })
    }
  })
})
