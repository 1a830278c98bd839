import type { Heading, Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'

/** The id a heading's text gives (GitHub's way: lower case, words joined by hyphens), unique on its page. */
export function headingIds(tree: Root): Map<Heading, string> {
  const ids = new Map<Heading, string>()
  const used = new Map<string, number>()
  visit(tree, 'heading', (node) => {
    const base =
      toString(node)
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s-]/gu, '')
        .trim()
        .replace(/\s+/g, '-') || 'section'
    const count = used.get(base) ?? 0
    used.set(base, count + 1)
    ids.set(node, count ? `${base}-${count}` : base)
  })
  return ids
}

/** The second-level headings of a Markdown text with their ids: a long page's "On this page" contents. */
export function sectionHeadings(tree: Root): { id: string; title: string }[] {
  return [...headingIds(tree)].filter(([heading]) => heading.depth === 2).map(([heading, id]) => ({ id, title: toString(heading) }))
}
