import type { ReactNode } from 'react'

const LEVELS = {
  emergency: { label: 'Emergency', className: 'care-card-emergency' },
  urgent: { label: 'Urgent', className: 'care-card-urgent' },
  'non-urgent': { label: 'Not urgent', className: 'care-card-non-urgent' },
} as const

export type CareLevel = keyof typeof LEVELS

/**
 * Urgent advice, the NHS way: one card per level (emergency, urgent, not urgent), the level in words as well as colour,
 * the same on screen and paper.
 */
export function CareCard({ level, children }: { level: CareLevel; children: ReactNode }) {
  const { label, className } = LEVELS[level]
  return (
    <section aria-label={label} className={`care-card ${className}`}>
      <p className="care-card-label">{label}</p>
      <div className="prose max-w-none prose-a:text-link">{children}</div>
    </section>
  )
}
