import type { Handout } from '@/lib/content/schema'
import { routes } from '@/lib/routes'

/** The handouts, each with what it covers and the full page it summarises. */
export function HandoutList({ handouts, fullPageTitle }: { handouts: Handout[]; fullPageTitle: (href: string) => string }) {
  return (
    <ul className="not-prose mt-4 grid gap-3 sm:grid-cols-2">
      {handouts.map((h) => (
        <li key={h.id} className="rounded border border-rule p-4">
          <a href={routes.handout(h.id)} className="font-bold">
            {h.title}
          </a>
          <p className="mt-1 text-sm">{h.description}</p>
          <p className="mt-1 text-sm">Full page: {fullPageTitle(h.fullPage)}</p>
        </li>
      ))}
    </ul>
  )
}
