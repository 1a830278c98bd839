import type { LevelOfCare } from '@/lib/content/schema'
import { LEVEL_ROW_LABELS } from '@/lib/content/level-rows'
import type { CitedMarkdown } from '@/lib/markdown/prepare-cited-markdown'
import { cellName, LEVEL_ROW_KEYS } from '@/lib/compare-cells'
import { formatDate } from '@/lib/format-date'
import { routes } from '@/lib/routes'
import { SourceList } from '../citations/source-list'
import { PrintHeader } from '../layout/print-header'
import { MarkdownBody } from '../markdown/markdown-body'

/** One level of care on its own page, for clinicians to link to. */
export function LevelView({ level, cited }: { level: LevelOfCare; cited: CitedMarkdown }) {
  return (
    <article data-pagefind-body>
      <PrintHeader path={routes.compareLevel(level.id)} lastReviewed={level.lastReviewed} />
      <h1 className="text-3xl font-bold">{level.name}</h1>
      <p className="mt-2 text-lg">{level.summary}</p>
      <p className="mt-2 text-sm">
        Last reviewed <time dateTime={level.lastReviewed}>{formatDate(level.lastReviewed)}</time> · next review due{' '}
        <time dateTime={level.nextReview}>{formatDate(level.nextReview)}</time> · <a href={routes.compare()}>Compare all levels of care</a>
      </p>
      <dl className="mt-6 space-y-4">
        {LEVEL_ROW_KEYS.map((row) => (
          <div key={row}>
            <dt className="font-bold">{LEVEL_ROW_LABELS[row]}</dt>
            <dd className="prose max-w-none prose-a:text-link">
              <MarkdownBody tree={cited.trees[cellName(level.id, row)]} cited={cited} />
            </dd>
          </div>
        ))}
      </dl>
      <SourceList entries={cited.entries} targets={cited.targets} />
    </article>
  )
}
