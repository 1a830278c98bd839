import type { Grade } from '../content/schema'
import type { Source } from '../content/schema'

/** What each grade means, in one line a reader understands (CONTENT-GUIDE.md). */
export const GRADE_MEANINGS: Record<Grade, { label: string; meaning: string }> = {
  strong: {
    label: 'Strong evidence',
    meaning: 'Several good studies or a systematic review agree; new research is unlikely to change this.',
  },
  moderate: { label: 'Moderate evidence', meaning: 'Probably right, but new research could change how big the effect is.' },
  limited: { label: 'Limited evidence', meaning: 'Few or mixed studies; this may be right, but we cannot be sure.' },
  insufficient: { label: 'Insufficient evidence', meaning: 'There is no good research on this yet; we do not know.' },
}

export const CLAIM_KIND_LABELS = {
  effect: 'Effect',
  definition: 'Definition (what a rule or guideline says)',
  statistic: 'Statistic (a figure from data)',
} as const

/** The label readers see for a source's design. */
export const DESIGN_LABELS: Record<Source['design'], string> = {
  'systematic-review': 'Systematic review',
  'meta-analysis': 'Meta-analysis',
  rct: 'Randomized trial',
  cohort: 'Observational study',
  'cross-sectional': 'Survey study',
  guideline: 'Guideline',
  'government-data': 'Government data',
  regulation: 'Law or regulation',
  'consensus-report': 'Expert consensus report',
  'program-guide': 'Government or program guide',
  'expert-opinion': 'Expert opinion',
}
