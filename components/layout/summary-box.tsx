import type { ReactNode } from 'react'

/**
 * The summary box: the answer first (NHS pattern). An article's short answer sits in it, right under the title, so a
 * reader on a phone sees the answer on the first screen; the help box follows it.
 */
export function SummaryBox({ children }: { children: ReactNode }) {
  return <div className="summary-box">{children}</div>
}
