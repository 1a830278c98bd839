/**
 * Bundles the few plain browser scripts written in TypeScript (so their logic is shared with tests and the build) into
 * public/, before next build copies public/ into out/. Today: the /decide/ exercise → public/decide.js.
 */
import { build } from 'esbuild'

export const BROWSER_SCRIPTS = [{ entry: 'lib/decide/decide-client.ts', out: 'public/decide.js' }]

for (const { entry, out } of BROWSER_SCRIPTS) {
  await build({ entryPoints: [entry], outfile: out, bundle: true, minify: true, format: 'iife', target: 'es2020', legalComments: 'none' })
  console.log(`Bundled ${entry} → ${out}`)
}
