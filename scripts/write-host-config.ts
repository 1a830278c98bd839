/**
 * Writes the committed host configurations from lib/content-security-policy.ts: vercel.json and deploy/nginx.conf
 * (out/_headers is written by every build). Run after changing the headers: npx tsx scripts/write-host-config.ts
 */
import { writeFileSync } from 'node:fs'
import { vercelConfig } from '../lib/content-security-policy'
import { deployNginxConf } from './nginx-config'

writeFileSync('vercel.json', `${JSON.stringify(vercelConfig(), null, 2)}\n`)
writeFileSync('deploy/nginx.conf', deployNginxConf())
console.log('Wrote vercel.json and deploy/nginx.conf from lib/content-security-policy.ts.')
