'use client'

import { useRef, useState, type ReactNode } from 'react'

/**
 * Lets the reader choose which levels of care the table shows. The table is rendered on the server
 * with every level; this only hides the cells of unchosen levels. Without JavaScript all levels show.
 */
export function LevelPicker({ levels, children }: { levels: { id: string; label: string }[]; children: ReactNode }) {
  const [shown, setShown] = useState(() => new Set(levels.map((l) => l.id)))
  const table = useRef<HTMLDivElement>(null)

  const toggle = (id: string) => {
    const next = new Set(shown)
    if (next.has(id)) next.delete(id)
    else next.add(id)
    if (next.size === 0) return // keep at least one column
    setShown(next)
    for (const cell of table.current?.querySelectorAll<HTMLElement>('[data-level]') ?? []) cell.hidden = !next.has(cell.dataset.level ?? '')
  }

  return (
    <>
      <fieldset className="no-print mb-4 rounded border border-rule p-3">
        <legend className="px-1 font-semibold">Levels of care to show</legend>
        <div className="flex flex-wrap gap-x-5 gap-y-2">
          {levels.map((level) => (
            <label key={level.id} className="flex items-center gap-2">
              <input type="checkbox" checked={shown.has(level.id)} onChange={() => toggle(level.id)} className="h-5 w-5" />
              {level.label}
            </label>
          ))}
        </div>
      </fieldset>
      <div ref={table}>{children}</div>
    </>
  )
}
