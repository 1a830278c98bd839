import { GRADE_MEANINGS } from '@/lib/citations/evidence-labels'
import type { Grade } from '@/lib/content/schema'

const STYLES: Record<Grade, string> = {
  strong: 'border-grade-strong text-grade-strong',
  moderate: 'border-grade-moderate text-grade-moderate',
  limited: 'border-grade-limited text-grade-limited',
  insufficient: 'border-grade-insufficient text-grade-insufficient',
}

/** The grade in words (never colour alone), optionally with its one-line meaning. */
export function EvidenceGrade({ grade, withMeaning = false }: { grade: Grade; withMeaning?: boolean }) {
  const { label, meaning } = GRADE_MEANINGS[grade]
  return (
    <span className="inline">
      <span className={`inline-block rounded border px-1.5 text-sm font-semibold not-italic ${STYLES[grade]}`}>{label}</span>
      {withMeaning ? <span className="ml-1 text-sm">{meaning}</span> : null}
    </span>
  )
}
