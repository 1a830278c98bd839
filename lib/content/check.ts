import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { formatProblem } from './content-problem'
import { GRAPH_FILE, type GraphFile } from './content'
import { CONTENT_TYPE_NAMES, CONTENT_TYPES } from './content-types'
import { graphToJson } from './graph'
import { loadContent, READABILITY_FAIL, READABILITY_WARN } from './load-content'

/**
 * The content check: loads everything, writes the graph (or, on failure, the problems) for the pages,
 * and returns the report as lines of text. npm run check:content prints them; npm run dev re-runs it on every edit.
 */
export function runContentCheck(
  contentDir = 'content',
  today = new Date().toISOString().slice(0, 10),
): { ok: boolean; out: string[]; err: string[] } {
  const report = loadContent(contentDir, { today })
  const out: string[] = []
  const err: string[] = []
  const pct = (x: number) => `${Math.round(x * 100)}%`.padStart(4)
  out.push(`Reading level (Flesch–Kincaid grade; target ≤ ${READABILITY_WARN}, fails above ${READABILITY_FAIL})`)
  for (const { file, score } of report.readability)
    out.push(
      `  ${score.grade.toFixed(1).padStart(5)}  long sentences ${pct(score.longSentenceShare)}  long paragraphs ${pct(score.longParagraphShare)}  ${file}`,
    )

  const errors = report.problems.filter((p) => p.severity === 'error').map(formatProblem)
  const warnings = report.problems.filter((p) => p.severity === 'warning').map(formatProblem)
  if (warnings.length) out.push('', `${warnings.length} warning(s):`, ...warnings.map((p) => `  ${p}`))
  const counts = CONTENT_TYPE_NAMES.map((n) => `${report.files[n].length} ${CONTENT_TYPES[n].dir}`).join(', ')

  const file: GraphFile = errors.length ? { ok: false, problems: errors } : { ok: true, graph: graphToJson(report.graph) }
  mkdirSync(dirname(GRAPH_FILE), { recursive: true })
  writeFileSync(GRAPH_FILE, JSON.stringify(file))
  if (errors.length) {
    err.push('', `${errors.length} error(s):`, ...errors.map((p) => `  ${p}`), '', `Content check failed (${counts}).`)
    return { ok: false, out, err }
  }
  out.push('', `Content check passed: ${counts}.`)
  return { ok: true, out, err }
}
