import type { LevelOfCare } from '@/lib/content/schema'

const AXIS_MAX = 40
const ROW = 30
const LABEL_WIDTH = 150
const PLOT = 300

/** "9 to 19 hours", "fewer than 9 hours", "at least 20 hours": a level's hours in words, as the chart draws them. */
export function hoursInWords(hours: NonNullable<LevelOfCare['hours']>): string {
  if (hours.upTo) return `${hours.atLeast} to ${hours.upTo} hours`
  if (hours.below) return hours.atLeast > 0 ? `${hours.atLeast} to fewer than ${hours.below} hours` : `fewer than ${hours.below} hours`
  return `at least ${hours.atLeast} hours`
}

/**
 * Hours of treatment a week across the levels of care, as bars on one axis (0 to 40+ hours). An open-ended range (at
 * least 20) runs to the edge with an arrow. Drawn at build time; the same facts are the caption's list and the table's
 * "hours" row, with their sources.
 */
export function HoursChart({ levels }: { levels: LevelOfCare[] }) {
  const shown = levels.filter((l) => l.hours)
  if (shown.length === 0) return null
  const x = (hours: number) => LABEL_WIDTH + (Math.min(hours, AXIS_MAX) / AXIS_MAX) * PLOT
  const height = shown.length * ROW + 28
  const summary = shown.map((l) => `${l.shortName}: ${hoursInWords(l.hours!)}`).join('; ')
  return (
    <figure className="figure hours-chart not-prose">
      <svg
        role="img"
        aria-label={`Hours of treatment a week, from the rules we checked. ${summary}.`}
        viewBox={`0 0 ${LABEL_WIDTH + PLOT + 20} ${height}`}
        className="hours-svg"
      >
        {[0, 10, 20, 30, 40].map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={4} y2={height - 22} stroke="currentColor" strokeOpacity="0.25" />
            <text x={x(tick)} y={height - 8} textAnchor="middle" fontSize="11" fill="currentColor">
              {tick === AXIS_MAX ? '40+' : tick}
            </text>
          </g>
        ))}
        {shown.map((level, i) => {
          const h = level.hours!
          const y = 8 + i * ROW
          const end = h.upTo ?? h.below ?? AXIS_MAX
          const open = !h.upTo && !h.below
          return (
            <g key={level.id}>
              <text x={LABEL_WIDTH - 8} y={y + 14} textAnchor="end" fontSize="12" fill="currentColor">
                {level.shortName}
              </text>
              <rect
                x={x(h.atLeast)}
                y={y + 2}
                width={Math.max(2, x(end) - x(h.atLeast))}
                height={ROW - 12}
                className="hours-bar"
                fill="currentColor"
              />
              {open ? <path d={`M ${x(AXIS_MAX)} ${y} l 10 ${(ROW - 8) / 2} l -10 ${(ROW - 8) / 2} z`} fill="currentColor" /> : null}
            </g>
          )
        })}
      </svg>
      <figcaption>
        <strong>Hours of treatment a week</strong>, in the rules we checked (adults): {summary}. The sources are in the “Hours a week” row
        of the table below.
      </figcaption>
    </figure>
  )
}
