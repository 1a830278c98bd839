import type { SourceListItem } from '@/lib/citations/number-citations'
import type { CitationTarget } from '@/lib/citations/resolve-citation'
import { sourceListId } from '@/lib/routes'
import { CitationDetails, CompactCitation } from './citation-details'

/** The page's numbered Sources list; each entry links back to every place it is cited (a, b, c…). */
export function SourceList({
  entries,
  targets,
  heading = 'Sources',
  compact,
}: {
  entries: SourceListItem[]
  targets: Record<string, CitationTarget>
  heading?: string
  /**
   * `sheet`: one line per entry (grade, who and when, the claim's address), for handouts that must fit one sheet;
   * `short`: the claim, its grade, who and when, and a link to its page, for very long pages (/questions/). The popover
   * shows the same short form there.
   */
  compact?: 'sheet' | 'short'
}) {
  if (entries.length === 0) return null
  return (
    <section aria-labelledby="sources-heading" className="source-list mt-10 border-t border-rule pt-6" data-pagefind-ignore>
      <h2 id="sources-heading" className="text-xl font-bold">
        {heading}
      </h2>
      <p className="text-sm">
        {compact === 'sheet'
          ? 'Each number in the text is one claim: how strong its evidence is, who it comes from, and the page with its full sources.'
          : compact === 'short'
            ? 'Each number in the text links here: the claim, how strong its evidence is, and who it comes from. Each claim’s page has its full sources.'
            : 'Each number in the text links here. The letters link back to where each source is cited.'}
      </p>
      <ol className="mt-4 space-y-4">
        {entries.map((entry) => (
          <li key={entry.id} id={sourceListId(entry.number)} className="source-entry scroll-mt-4">
            <span className="mr-1 font-semibold">{entry.number}.</span>
            <span className="backlinks text-sm">
              {entry.backlinks.map((b) => (
                <a
                  key={b.href}
                  href={b.href}
                  className="mr-1"
                  aria-label={
                    b.label === '^'
                      ? `Back to citation ${entry.number} in the text`
                      : `Back to citation ${entry.number}${b.label} in the text`
                  }
                >
                  {b.label === '^' ? '↑' : b.label}
                </a>
              ))}
            </span>
            {compact === 'sheet' ? (
              <CompactCitation target={targets[entry.id]} />
            ) : compact === 'short' ? (
              <span data-cite-details className="block">
                <CompactCitation target={targets[entry.id]} withStatement />
              </span>
            ) : (
              <span data-cite-details className="block">
                <CitationDetails target={targets[entry.id]} locators={entry.locators} />
              </span>
            )}
          </li>
        ))}
      </ol>
    </section>
  )
}
