/**
 * Makes sure the end-to-end run can serve out/ with the real web server: Debian's nginx, installed with apt-get when
 * running as root on Debian. Without it the run falls back to the Node server (scripts/serve-out.ts), and says so.
 */
import { aptInstall } from './apt-install'
import { hasNginx, NGINX } from './nginx-config'

if (!hasNginx()) aptInstall(['nginx'], 'No nginx found')
console.log(
  hasNginx()
    ? `End-to-end web server: ${NGINX} with deploy/nginx.conf’s rules`
    : 'End-to-end web server: the Node server (scripts/serve-static.ts); install nginx (Debian: apt-get install nginx) to test with the real one',
)
