/** npm test: every check CI runs, in order, stopping at the first failure; prints each step's time and the total. */
import { execSync } from 'node:child_process'

const STEPS = ['lint', 'typecheck', 'test:unit', 'build:local', 'test:e2e']
const started = performance.now()
const times: string[] = []
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(0)} s`
try {
  for (const step of STEPS) {
    const stepStarted = performance.now()
    execSync(`npm run -s ${step}`, { stdio: 'inherit' })
    times.push(`${step} ${seconds(stepStarted)}`)
  }
} catch {
  console.error(`\nnpm test failed at "${STEPS[times.length]}" after ${seconds(started)} (${times.join(', ') || 'first step'}).`)
  process.exit(1)
}
console.log(`\nnpm test passed in ${seconds(started)}: ${times.join(', ')}.`)
