/** npm run check:content: validates every content file and cross-reference, prints every problem at once, writes .content/graph.json. */
import { runContentCheck } from '../lib/content/check'

const { ok, out, err } = runContentCheck()
console.log(out.join('\n'))
if (!ok) {
  console.error(err.join('\n'))
  process.exit(1)
}
