/** Prints the readability of one or more articles: npx tsx scripts/readability.ts content/articles/x.md */
import { readFileSync } from 'node:fs'
import { parseContentFile } from '../lib/content/read-content-file'
import { parseMarkdown } from '../lib/markdown/parse-markdown'
import { measureReadability } from '../lib/readability'

for (const file of process.argv.slice(2)) {
  const parsed = parseContentFile(file, readFileSync(file, 'utf8'), 'markdown')
  if (!parsed.ok) {
    console.error(parsed.problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n'))
    process.exitCode = 1
    continue
  }
  const r = measureReadability(parseMarkdown(parsed.body ?? ''))
  const pct = (x: number) => `${Math.round(x * 100)}%`
  console.log(
    `${file}: FK grade ${r.grade}; ${r.words} words, ${r.sentences} sentences; over 20 words: ${pct(r.longSentenceShare)}; paragraphs over 3 sentences: ${pct(r.longParagraphShare)}`,
  )
  for (const s of r.worstSentences) console.log(`  [${s.words} words, grade ${s.grade.toFixed(1)}] ${s.text}`)
}
