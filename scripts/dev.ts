/** npm run dev: contentlayer2 watching content/ and Next's dev server, together; Ctrl-C stops both. */
import { spawn } from 'node:child_process'

const children = [spawn('npx', ['contentlayer2', 'dev'], { stdio: 'inherit' }), spawn('npx', ['next', 'dev'], { stdio: 'inherit' })]
const stop = () => children.forEach((child) => child.kill('SIGTERM'))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
children.forEach((child) => child.on('exit', stop))
