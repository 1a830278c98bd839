/**
 * nginx configuration for the exported site, from the one header list in lib/content-security-policy.ts: the server block
 * shipped as deploy/nginx.conf, and a complete configuration that runs that block unprivileged for the end-to-end tests.
 */
import { existsSync } from 'node:fs'
import { SECURITY_HEADERS } from '../lib/content-security-policy'

/** Debian's nginx and the MIME types it ships, which the end-to-end configuration includes. */
export const NGINX = '/usr/sbin/nginx'
export const MIME_TYPES = '/etc/nginx/mime.types'
export const hasNginx = () => existsSync(NGINX) && existsSync(MIME_TYPES)

const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`

/** The site's server block: trailing-slash pages, the site's 404 page, PNG link previews and the shared headers. */
export function nginxServer({ listen, root, serverName }: { listen: string; root: string; serverName?: string }): string {
  return [
    'server {',
    `  listen ${listen};`,
    ...(serverName ? [`  server_name ${serverName};`] : []),
    `  root ${root};`,
    '  charset utf-8;',
    '  server_tokens off;',
    '  # /articles/x/ is articles/x/index.html; anything else missing gets the site’s own 404 page.',
    '  location / {',
    '    try_files $uri $uri/index.html =404;',
    '  }',
    '  error_page 404 /404.html;',
    '  # Link-preview images are exported without an extension.',
    '  location ~ /opengraph-image$ {',
    '    default_type image/png;',
    '  }',
    '  # "always": on 404s too. A location that adds its own header would drop these, so none does.',
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  add_header ${name} ${quote(value)} always;`),
    '}',
    '',
  ].join('\n')
}

/** deploy/nginx.conf, committed; a unit test checks it matches this. */
export const deployNginxConf = () =>
  [
    '# Generated from lib/content-security-policy.ts by `npx tsx scripts/write-host-config.ts`: edit those, not this file.',
    '# The site’s server block for nginx. Copy out/ to the root below and include this file from the http { } block of',
    '# nginx.conf (on Debian: put it in /etc/nginx/sites-enabled/). Serve the site over https: add `listen 443 ssl;` and',
    '# your certificate lines; Strict-Transport-Security only takes effect there.',
    nginxServer({ listen: '80', serverName: 'iop-guide.example.org', root: '/var/www/iop-guide/out' }),
  ].join('\n')

/**
 * A whole nginx.conf that serves `root` on a loopback port with the same server block, keeping its pid, logs and temp
 * files in `dir`, so it needs no system configuration, no privileged port and no write access outside `dir`.
 */
export function standaloneNginxConf({ root, port, dir, mimeTypes }: { root: string; port: number; dir: string; mimeTypes: string }) {
  const isRoot = process.getuid?.() === 0
  return [
    'daemon off;',
    'worker_processes 1;',
    // Run by root, nginx would hand requests to "nobody", who may not be able to read out/; keep root's own rights.
    ...(isRoot ? ['user root;'] : []),
    `pid ${dir}/nginx.pid;`,
    'error_log stderr warn;',
    'events { worker_connections 64; }',
    'http {',
    `  include ${mimeTypes};`,
    '  default_type application/octet-stream;',
    '  access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${dir}/${kind};`),
    nginxServer({ listen: `127.0.0.1:${port}`, root })
      .trimEnd()
      .replace(/^/gm, '  '),
    '}',
    '',
  ].join('\n')
}
