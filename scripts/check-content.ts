/**
 * npm run check:content: validates every content file and cross-reference, compares the files on
 * disk with what contentlayer2 loaded, prints every problem at once and fails if any is an error.
 */
import { existsSync, readFileSync } from 'node:fs'
import { formatProblem, problem } from '../lib/content/content-problem'
import { CONTENT_TYPES, type ContentTypeName } from '../lib/content/content-types'
import { READABILITY_FAIL, READABILITY_WARN, validateContent } from '../lib/content/validate-content'

const today = new Date().toISOString().slice(0, 10)
const report = validateContent('content', today)

// Fail closed: contentlayer2 skips a file it cannot read and still exits 0, so count what it loaded.
for (const name of Object.keys(CONTENT_TYPES) as ContentTypeName[]) {
  const index = `.contentlayer/generated/${name}/_index.json`
  const loaded = existsSync(index) ? (JSON.parse(readFileSync(index, 'utf8')) as { _raw: { sourceFilePath: string } }[]) : []
  const loadedFiles = new Set(loaded.map((d) => `content/${d._raw.sourceFilePath}`))
  for (const file of report.filesOnDisk[name] ?? [])
    if (!loadedFiles.has(file))
      report.problems.push(
        problem(file, '(file)', 'was not loaded by contentlayer2 (fix the problems above for this file, then run npm run contentlayer)'),
      )
}

const pct = (x: number) => `${Math.round(x * 100)}%`.padStart(4)
console.log(`Reading level (Flesch–Kincaid grade; target ≤ ${READABILITY_WARN}, fails above ${READABILITY_FAIL})`)
for (const { file, score } of report.readability)
  console.log(
    `  ${score.grade.toFixed(1).padStart(5)}  long sentences ${pct(score.longSentenceShare)}  long paragraphs ${pct(score.longParagraphShare)}  ${file}`,
  )

const errors = report.problems.filter((p) => p.severity === 'error')
const warnings = report.problems.filter((p) => p.severity === 'warning')
if (warnings.length) console.log(`\n${warnings.length} warning(s):\n${warnings.map((p) => `  ${formatProblem(p)}`).join('\n')}`)
const counts = (Object.keys(CONTENT_TYPES) as ContentTypeName[])
  .map((n) => `${report.filesOnDisk[n]?.length ?? 0} ${CONTENT_TYPES[n].dir}`)
  .join(', ')
if (errors.length) {
  console.error(`\n${errors.length} error(s):\n${errors.map((p) => `  ${formatProblem(p)}`).join('\n')}`)
  console.error(`\nContent check failed (${counts}).`)
  process.exit(1)
}
console.log(`\nContent check passed: ${counts}.`)
