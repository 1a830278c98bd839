import type { ReactNode } from 'react'
import { routes } from '@/lib/routes'

/** The next step, near the top of every article: crisis lines, the Helpline and FindTreatment.gov (content/pages/help-box.md). */
export function HelpBox({ children }: { children: ReactNode }) {
  return (
    <aside aria-label="Help now" className="help-box not-prose">
      <div className="prose max-w-none prose-a:text-link">{children}</div>
      <p className="mt-1 text-sm">
        <a href={routes.getHelp()}>What to do in an overdose, and more ways to get help</a>
      </p>
    </aside>
  )
}
