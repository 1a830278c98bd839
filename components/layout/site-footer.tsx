import { routes } from '@/lib/routes'

/** Crisis help on every page, then what the site is and is not. */
export function SiteFooter() {
  return (
    <footer className="site-footer mt-16 border-t border-rule bg-paper-alt">
      <div className="mx-auto max-w-3xl space-y-4 px-4 py-8">
        <section aria-labelledby="crisis-heading" className="crisis rounded border-2 border-ink p-4">
          <h2 id="crisis-heading" className="text-lg font-bold">
            Need help now?
          </h2>
          <ul className="mt-2 space-y-1">
            <li>
              <strong>988 Suicide &amp; Crisis Lifeline</strong>: call or text <a href="tel:988">988</a> (US, 24 hours a day).
            </li>
            <li>
              <strong>SAMHSA National Helpline</strong>: <a href="tel:+18006624357">1-800-662-4357</a>, free and confidential treatment
              referral and information, 24 hours a day.
            </li>
            <li>In an emergency, call 911.</li>
          </ul>
        </section>
        <nav aria-label="More" className="no-print text-sm">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            <li>
              <a href={routes.questions()}>Questions people ask</a>
            </li>
            <li>
              <a href={routes.forStaff()}>For clinic staff</a>
            </li>
            <li>
              <a href={routes.handouts()}>Handouts to print</a>
            </li>
            <li>
              <a href={routes.sources()}>Sources</a>
            </li>
            <li>
              <a href={routes.search()}>Search</a>
            </li>
            <li>
              <a href={routes.feed()}>New and updated articles (feed)</a>
            </li>
          </ul>
        </nav>
        <p className="text-sm">
          This site gives information, not medical advice, a diagnosis or a referral. It is non-commercial: no advertising, no referral
          fees, no tracking. <a href={routes.about()}>About the site and how we grade evidence</a>.
        </p>
      </div>
    </footer>
  )
}
