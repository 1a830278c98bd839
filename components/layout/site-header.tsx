import { routes } from '@/lib/routes'

const NAV = [
  { href: routes.articles(), label: 'Articles' },
  { href: routes.questions(), label: 'Questions' },
  { href: routes.compare(), label: 'Compare care' },
  { href: routes.choose(), label: 'Choose a program' },
  { href: routes.claims(), label: 'Evidence' },
  { href: routes.claimCheck(), label: 'Claim check' },
  { href: routes.glossary(), label: 'Glossary' },
  { href: routes.about(), label: 'About' },
]

function SearchForm({ id }: { id: string }) {
  return (
    <form action={routes.search()} method="get" role="search" aria-label="Quick search" className="flex gap-1">
      <label htmlFor={id} className="sr-only">
        Search the site
      </label>
      <input id={id} name="q" type="search" placeholder="Search" className="w-40 min-w-0 rounded border border-ink px-2 py-1" />
      <button type="submit" className="rounded border border-ink bg-paper-alt px-2 py-1">
        Search
      </button>
    </form>
  )
}

/**
 * One row on a phone: the site's name, "Get help now", and a menu that opens without JavaScript (<details>). On wider
 * screens the menu's links and search sit in the row instead. Only one of the two is displayed at a time.
 */
export function SiteHeader() {
  const links = NAV.map((item) => (
    <li key={item.href}>
      <a href={item.href}>{item.label}</a>
    </li>
  ))
  return (
    <header className="site-header relative border-b border-rule bg-paper">
      <div className="mx-auto flex max-w-3xl items-center justify-between gap-x-2 px-4 py-2">
        <a href={routes.home()} className="min-w-0 leading-tight font-bold text-ink no-underline">
          IOP Evidence Guide
        </a>
        <div className="ml-auto hidden md:block">
          <SearchForm id="site-search" />
        </div>
        <a href={routes.getHelp()} className="get-help-link md:ml-2">
          Get help
        </a>
        <details className="site-menu shrink-0 md:hidden">
          <summary>Menu</summary>
          <div className="site-menu-panel">
            <nav aria-label="Main">
              <ul className="space-y-2">{links}</ul>
            </nav>
            <div className="mt-3">
              <SearchForm id="site-search-menu" />
            </div>
          </div>
        </details>
      </div>
      <div className="mx-auto hidden max-w-3xl px-4 pb-2 md:block">
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-3 gap-y-1 text-[0.95rem]">{links}</ul>
        </nav>
      </div>
    </header>
  )
}
