import { LEVEL_ROW_LABELS } from './content/level-rows'
import type { LevelOfCare } from './content/schema'

/** The comparison's Markdown cells in reading order (row by row, level by level), for citing as one page. */
export function compareCells(levels: LevelOfCare[]): string[] {
  return (Object.keys(LEVEL_ROW_LABELS) as (keyof typeof LEVEL_ROW_LABELS)[]).flatMap((row) => levels.map((level) => level.rows[row]))
}

/** One level's cells in row order, for its own page. */
export const levelCells = (level: LevelOfCare): string[] => compareCells([level])
