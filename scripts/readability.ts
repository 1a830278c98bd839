/** Prints the readability of one or more articles: npx tsx scripts/readability.ts content/articles/x.md */
import { formatProblem } from '../lib/content/content-problem'
import { loadContent } from '../lib/content/load-content'

const report = loadContent('content', { today: new Date().toISOString().slice(0, 10) })
for (const file of process.argv.slice(2)) {
  const found = report.readability.find((r) => r.file === file.replace(/^\.\//, ''))
  if (!found) {
    const problems = report.problems.filter((p) => p.file === file)
    console.error(problems.length ? problems.map(formatProblem).join('\n') : `${file}: not an article in content/articles/`)
    process.exitCode = 1
    continue
  }
  const r = found.score
  const pct = (x: number) => `${Math.round(x * 100)}%`
  console.log(
    `${file}: FK grade ${r.grade}; ${r.words} words, ${r.sentences} sentences; over 20 words: ${pct(r.longSentenceShare)}; paragraphs over 3 sentences: ${pct(r.longParagraphShare)}`,
  )
  for (const s of r.worstSentences) console.log(`  [${s.words} words, grade ${s.grade.toFixed(1)}] ${s.text}`)
}
