/** "2026-11-23" → "23 November 2026". Dates come from front matter; parsed as UTC so no time zone shifts the day. */
export function formatDate(isoDate: string): string {
  return new Date(`${isoDate}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
}

/** The latest of some YYYY-MM-DD dates (they sort as text). */
export const latestDate = (dates: string[]): string | undefined => [...dates].sort().at(-1)
