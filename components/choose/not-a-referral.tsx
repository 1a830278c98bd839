import { blockName, markdownBlocks } from '@/lib/content/content-types'
import type { Page } from '@/lib/content/schema'
import type { CitedMarkdown } from '@/lib/markdown/prepare-cited-markdown'
import { MarkdownBody } from '../markdown/markdown-body'

/** The notice's Markdown (content/pages/not-a-referral.md), to cite as part of the page it sits on. */
export const notAReferralBlocks = (page: Page) => markdownBlocks('Page', [page])

/** The line between information and referral, with where to get an assessment; cites its facts like any content. */
export function NotAReferral({ page, cited }: { page: Page; cited: CitedMarkdown }) {
  return (
    <aside aria-label={page.title} className="prose max-w-none rounded border-2 border-ink p-4 prose-a:text-link">
      <MarkdownBody tree={cited.trees[blockName(page.id, 'body')]} cited={cited} />
    </aside>
  )
}
