import type { ReactNode } from 'react'

const PER_ROW = 10
const CELL = 12
const R = 4.2

/**
 * An icon array of 100 people, `count` of them filled: "x in 100", with the same denominator everywhere. Drawn at build
 * time as inline SVG (no script). The picture has the fact as its accessible name, and the caption says it in words
 * with its citation, so nothing is only in the picture.
 */
export function IconArray({ count, label, children }: { count: number; label: string; children?: ReactNode }) {
  const size = PER_ROW * CELL
  return (
    <figure className="figure icon-array not-prose">
      <svg role="img" aria-label={`${label}: ${count} of 100 figures filled in`} viewBox={`0 0 ${size} ${size}`} width="150" height="150">
        {Array.from({ length: 100 }, (_, i) => {
          const x = (i % PER_ROW) * CELL + CELL / 2
          const y = Math.floor(i / PER_ROW) * CELL + CELL / 2
          const filled = i < count
          return (
            <circle
              key={i}
              cx={x}
              cy={y}
              r={R}
              className={filled ? 'icon-filled' : 'icon-empty'}
              fill={filled ? 'currentColor' : 'none'}
              stroke="currentColor"
              strokeWidth={filled ? 0 : 1}
            />
          )
        })}
      </svg>
      <figcaption>
        <strong>{count} in 100.</strong> {label}
        {children}
      </figcaption>
    </figure>
  )
}
