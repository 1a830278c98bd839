import { blockName } from '@/lib/content/content-types'
import type { Page } from '@/lib/content/schema'
import type { CitedMarkdown } from '@/lib/markdown/prepare-cited-markdown'
import { MarkdownBody } from './markdown-body'

/** One named Markdown block of a content page (body, or a name under blocks:), from the page's cited blocks. */
export function PageBlock({ page, block, cited }: { page: Page; block: 'body' | `blocks.${string}`; cited: CitedMarkdown }) {
  return <MarkdownBody tree={cited.trees[blockName(page.id, block)]} cited={cited} />
}
