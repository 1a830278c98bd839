import type { ReactNode } from 'react'

const TABLE_ID = 'compare-levels'

/**
 * Lets the reader choose which levels of care the table shows. The table is rendered with every level; the checkboxes
 * are hidden until public/enhance.js runs, which then hides the cells of unchosen levels. Without JavaScript all show.
 */
export function LevelPicker({ levels, children }: { levels: { id: string; label: string }[]; children: ReactNode }) {
  return (
    <>
      <fieldset data-level-picker={TABLE_ID} hidden className="no-print mb-4 rounded border border-rule p-3">
        <legend className="px-1 font-semibold">Levels of care to show</legend>
        <div className="flex flex-wrap gap-x-5 gap-y-2">
          {levels.map((level) => (
            <label key={level.id} className="flex items-center gap-2">
              <input type="checkbox" value={level.id} defaultChecked className="h-5 w-5" />
              {level.label}
            </label>
          ))}
        </div>
      </fieldset>
      <div id={TABLE_ID}>{children}</div>
    </>
  )
}
