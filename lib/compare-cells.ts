import { blockName } from './content/content-types'
import { LEVEL_ROW_LABELS } from './content/level-rows'
import type { LevelOfCare } from './content/schema'

export const LEVEL_ROW_KEYS = Object.keys(LEVEL_ROW_LABELS) as (keyof typeof LEVEL_ROW_LABELS)[]

/** The block name of one cell: a level's row, as markdownFields names it (rows.hoursPerWeek). */
export const cellName = (levelId: string, row: keyof typeof LEVEL_ROW_LABELS) => blockName(levelId, `rows.${row}`)

/** The comparison's Markdown cells by name, in reading order (row by row, level by level), for citing as one page. */
export function compareCells(levels: LevelOfCare[]): Record<string, string> {
  return Object.fromEntries(LEVEL_ROW_KEYS.flatMap((row) => levels.map((level) => [cellName(level.id, row), level.rows[row]])))
}
