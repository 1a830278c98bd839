import { routes } from '@/lib/routes'

const NAV = [
  { href: routes.articles(), label: 'Articles' },
  { href: routes.claims(), label: 'Evidence' },
  { href: routes.claimCheck(), label: 'Claim check' },
  { href: routes.glossary(), label: 'Glossary' },
  { href: routes.about(), label: 'About' },
]

export function SiteHeader() {
  return (
    <header className="site-header border-b border-rule bg-paper">
      <div className="mx-auto flex max-w-3xl flex-wrap items-baseline justify-between gap-x-6 gap-y-2 px-4 py-3">
        <a href={routes.home()} className="text-lg font-bold text-ink no-underline">
          IOP Evidence Guide
        </a>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {NAV.map((item) => (
              <li key={item.href}>
                <a href={item.href}>{item.label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  )
}
