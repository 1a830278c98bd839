import { blockName } from '@/lib/content/content-types'
import type { IpdasCriterion } from '@/lib/content/schema'
import type { CitedMarkdown } from '@/lib/markdown/prepare-cited-markdown'
import { MarkdownBody } from '../markdown/markdown-body'

const STATUS_LABELS: Record<IpdasCriterion['status'], string> = { met: 'Met', partly: 'Partly met', 'not-yet': 'Not met yet' }

/** One group of IPDAS criteria: each criterion in our words, its status in words, and how the aid meets it (cited). */
export function IpdasList({
  heading,
  id,
  criteria,
  cited,
}: {
  heading: string
  id: string
  criteria: IpdasCriterion[]
  cited: CitedMarkdown
}) {
  const counts = criteria.reduce<Record<string, number>>((n, c) => ({ ...n, [c.status]: (n[c.status] ?? 0) + 1 }), {})
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-2xl font-bold">
        {heading}
      </h2>
      <p className="mt-1 text-sm">
        {criteria.length} criteria:{' '}
        {(['met', 'partly', 'not-yet'] as const).map((s) => `${counts[s] ?? 0} ${STATUS_LABELS[s].toLowerCase()}`).join(', ')}.
      </p>
      <ol className="mt-4 space-y-4">
        {criteria.map((c) => (
          <li key={c.id} id={c.id} className="rounded border border-rule p-3">
            <p className="font-semibold">{c.criterion}</p>
            <p className={`status status-${c.status} mt-1 text-sm font-bold`}>{STATUS_LABELS[c.status]}</p>
            <div className="prose max-w-none prose-a:text-link">
              <MarkdownBody tree={cited.trees[blockName(c.id, 'how')]} cited={cited} />
            </div>
          </li>
        ))}
      </ol>
    </section>
  )
}
