import { routes } from '@/lib/routes'

const NAV = [
  { href: routes.articles(), label: 'Articles' },
  { href: routes.compare(), label: 'Compare care' },
  { href: routes.choose(), label: 'Choose a program' },
  { href: routes.claims(), label: 'Evidence' },
  { href: routes.claimCheck(), label: 'Claim check' },
  { href: routes.glossary(), label: 'Glossary' },
  { href: routes.about(), label: 'About' },
]

export function SiteHeader() {
  return (
    <header className="site-header border-b border-rule bg-paper">
      <div className="mx-auto flex max-w-4xl flex-wrap items-baseline justify-between gap-x-6 gap-y-2 px-4 py-3">
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
        <form action={routes.search()} method="get" role="search" aria-label="Quick search" className="flex gap-1">
          <label htmlFor="site-search" className="sr-only">
            Search the site
          </label>
          <input id="site-search" name="q" type="search" placeholder="Search" className="w-36 rounded border border-ink px-2 py-0.5" />
          <button type="submit" className="rounded border border-ink bg-paper-alt px-2 py-0.5">
            Search
          </button>
        </form>
      </div>
    </header>
  )
}
