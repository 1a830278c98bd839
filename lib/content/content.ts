import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { graphFromJson, type ContentGraph } from './graph'

/** Where the content check writes the graph it validated, for the pages of the same build to read. */
export const GRAPH_FILE = join('.content', 'graph.json')

/** What the check writes: the graph when the content passed, otherwise the problems, in the check's own words. */
export type GraphFile = { ok: true; graph: Record<string, [string, unknown][]> } | { ok: false; problems: string[] }

let cached: { mtimeMs: number; graph: ContentGraph } | undefined

/**
 * The content graph the check validated in this build. Read on first call, not at import; in dev it is
 * read again whenever the check rewrites it. A missing or failed graph is an error, never "no content".
 */
export function getContent(root = process.cwd()): ContentGraph {
  const path = join(root, GRAPH_FILE)
  let mtimeMs: number
  try {
    mtimeMs = statSync(path).mtimeMs
  } catch {
    throw new Error(`${GRAPH_FILE} is missing: run npm run check:content first (npm run build and npm run dev run it for you)`)
  }
  if (cached?.mtimeMs === mtimeMs) return cached.graph
  const file = JSON.parse(readFileSync(path, 'utf8')) as GraphFile
  if (!file.ok) throw new Error(`The content check failed:\n${file.problems.join('\n')}`)
  cached = { mtimeMs, graph: graphFromJson(file.graph) }
  return cached.graph
}
