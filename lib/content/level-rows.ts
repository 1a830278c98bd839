import type { LEVEL_ROWS } from './schema'

/** The comparison's row headings, in order. */
export const LEVEL_ROW_LABELS: Record<(typeof LEVEL_ROWS)[number], string> = {
  hoursPerWeek: 'Hours of treatment a week',
  whereYouSleep: 'Where you sleep',
  typicalLength: 'Typical length',
  fitsWho: 'Who it tends to fit',
  notFor: 'Who it does not fit',
  services: 'Services usually included',
  medications: 'Medications',
  costAndCoverage: 'Cost and coverage',
  outcomes: 'What the evidence says about results',
}

export const HIGHLIGHTED_LEVEL = 'intensive-outpatient'
