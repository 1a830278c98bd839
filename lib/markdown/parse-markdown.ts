import type { Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { remarkCitations } from './remark-citations'
import { remarkFigures } from './remark-figures'

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkCitations).use(remarkFigures)

/**
 * Parses Markdown into an mdast tree with citation nodes. The one parser for checks and pages.
 * The content check has bounded the input's nesting (findExcessiveNesting) before any page calls this.
 */
export function parseMarkdown(markdown: string): Root {
  return processor.runSync(processor.parse(markdown)) as Root
}
