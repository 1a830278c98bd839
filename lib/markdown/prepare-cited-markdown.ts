import type { Root as HastRoot } from 'hast'
import type { Root } from 'mdast'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { numberCitations, type CiteMarker, type SourceListItem } from '../citations/number-citations'
import type { CitationTarget } from '../citations/resolve-citation'
import type { CitationItem } from './parse-citation'
import { headingIds } from './heading-ids'
import { parseMarkdown } from './parse-markdown'

export interface CitedMarkdown {
  /** One hast tree per Markdown block, by the block's name; each citation is a `cite-group` element with a `group` index. */
  trees: Record<string, HastRoot>
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
 * Turns a page's Markdown blocks, by name in reading order, into hast trees whose citations are
 * numbered by first appearance across the whole page. Headings get ids (for links to a section).
 */
export function prepareCitedMarkdown(blocks: Record<string, string>, { resolve, transform }: PrepareOptions): CitedMarkdown {
  const groups: CitationItem[][] = []
  const names = Object.keys(blocks)
  // Integer-like keys would be reordered by JavaScript, so the reading order would be lost.
  const numeric = names.find((name) => /^\d+$/.test(name))
  if (numeric !== undefined)
    throw new Error(`Markdown block name "${numeric}" is a number (name blocks by what they are, e.g. "${numeric}.why")`)
  const mdastTrees = names.map((name) => {
    const tree = parseMarkdown(blocks[name])
    for (const [heading, id] of headingIds(tree)) heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } }
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
  const trees = Object.fromEntries(mdastTrees.map((tree, i) => [names[i], toHast.runSync(tree) as HastRoot]))
  return { trees, markers, entries, targets }
}
