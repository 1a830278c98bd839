import type { LevelOfCare } from '@/lib/content/schema'
import { HIGHLIGHTED_LEVEL, LEVEL_ROW_LABELS } from '@/lib/content/level-rows'
import type { CitedMarkdown } from '@/lib/markdown/prepare-cited-markdown'
import { cellName } from '@/lib/compare-cells'
import { routes } from '@/lib/routes'
import { MarkdownBody } from '../markdown/markdown-body'

const ROWS = Object.entries(LEVEL_ROW_LABELS) as [keyof typeof LEVEL_ROW_LABELS, string][]

/** A real table: levels as column headers, rows as row headers; the IOP column is highlighted. */
export function CompareTable({ levels, cited }: { levels: LevelOfCare[]; cited: CitedMarkdown }) {
  const highlight = (id: string) => (id === HIGHLIGHTED_LEVEL ? 'compare-highlight' : '')
  return (
    <table className="compare-table w-full border-collapse text-sm">
      <caption className="sr-only">Levels of care compared, with the source of each fact</caption>
      <thead>
        <tr>
          <td />
          {levels.map((level) => (
            <th key={level.id} scope="col" data-level={level.id} className={highlight(level.id)}>
              <a href={routes.compareLevel(level.id)}>{level.name}</a>
              {level.id === HIGHLIGHTED_LEVEL ? <span className="block text-xs font-normal">The subject of this site</span> : null}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {ROWS.map(([key, label]) => (
          <tr key={key}>
            <th scope="row">{label}</th>
            {levels.map((level) => (
              <td key={level.id} data-level={level.id} data-label={level.shortName} className={highlight(level.id)}>
                <MarkdownBody tree={cited.trees[cellName(level.id, key)]} cited={cited} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
