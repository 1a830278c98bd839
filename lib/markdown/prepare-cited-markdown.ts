import type { Root as HastRoot } from 'hast'
import type { Root } from 'mdast'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { numberCitations, type CiteMarker, type SourceListItem } from '../citations/number-citations'
import type { CitationTarget } from '../citations/resolve-citation'
import type { CitationItem } from './parse-citation'
import { parseMarkdown } from './parse-markdown'

export interface CitedMarkdown {
  /** One hast tree per Markdown block; each citation is a `cite-group` element with a `group` index. */
  trees: HastRoot[]
  /** Markers per citation group, numbered across all blocks of the page. */
  markers: CiteMarker[][]
  entries: SourceListItem[]
  /** What each cited id points at, looked up once per page. */
  targets: Record<string, CitationTarget>
}

export interface PrepareOptions {
  /** Looks a citation key up; throws for an unknown key so the build fails. */
  resolve: (id: string) => CitationTarget
  /** Runs on each mdast tree before numbering (e.g. glossary links). */
  transform?: (tree: Root) => void
}

// No allowDangerousHtml: raw HTML in Markdown is dropped, never rendered (the content check reports it).
const toHast = unified().use(remarkRehype)

/**
 * Turns a page's Markdown blocks (in reading order) into hast trees whose citations are numbered
 * by first appearance across the whole page.
 */
export function prepareCitedMarkdown(markdowns: string[], { resolve, transform }: PrepareOptions): CitedMarkdown {
  const groups: CitationItem[][] = []
  const mdastTrees = markdowns.map((markdown) => {
    const tree = parseMarkdown(markdown)
    transform?.(tree)
    visit(tree, 'citation', (node, index, parent) => {
      // "care [@a]." is written with a space; the marker should sit against the word, as in print.
      const before = index !== undefined ? parent?.children[index - 1] : undefined
      if (before?.type === 'text') before.value = before.value.replace(/\s+$/, '')
      if (!node.items) throw new Error(`malformed citation ${node.source} (write [@claim-id], [@a; @b] or [@id, p. 4])`)
      node.data = { hName: 'cite-group', hProperties: { group: groups.length } }
      groups.push(node.items)
    })
    return tree
  })
  const { markers, entries } = numberCitations(groups)
  const targets = Object.fromEntries(entries.map(({ id }) => [id, resolve(id)]))
  return { trees: mdastTrees.map((tree) => toHast.runSync(tree) as HastRoot), markers, entries, targets }
}
