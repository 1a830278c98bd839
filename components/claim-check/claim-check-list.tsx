import type { ClaimCheck } from '@/lib/content/schema'
import { blockName } from '@/lib/content/content-types'
import type { CitedMarkdown } from '@/lib/markdown/prepare-cited-markdown'
import { MarkdownBody } from '../markdown/markdown-body'
import { VerdictBadge } from './verdict-badge'

/** Each marketing claim in our words, its verdict, and the cited explanation; each check's explanation is its block. */
export function ClaimCheckList({ checks, cited }: { checks: ClaimCheck[]; cited: CitedMarkdown }) {
  return (
    <ol className="space-y-10" data-pagefind-body>
      {checks.map((check) => (
        <li key={check.id} id={check.id} className="scroll-mt-4">
          <article aria-labelledby={`${check.id}-heading`} className="space-y-2">
            <h2 id={`${check.id}-heading`} className="text-xl font-bold">
              <span className="sr-only">What some sites say: </span>“{check.claimedAs}”
            </h2>
            <p>
              <VerdictBadge verdict={check.verdict} />
            </p>
            <p className="font-semibold">{check.summary}</p>
            <div className="prose max-w-none prose-a:text-link">
              <MarkdownBody tree={cited.trees[blockName(check.id, 'explanation')]} cited={cited} />
            </div>
            {check.needs ? <p className="text-sm">What would settle it: {check.needs}</p> : null}
          </article>
        </li>
      ))}
    </ol>
  )
}
