import type { Root } from 'mdast'
import { visit } from 'unist-util-visit'
import type { CitationItem } from './parse-citation'

export interface MarkdownFinding {
  line: number
  message: string
}

/** Link schemes a reader's browser may follow. Everything else (javascript:, data:, vbscript:…) is refused. */
export function isSafeHref(href: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href.trim())
  return scheme === null || ['http', 'https', 'mailto', 'tel'].includes(scheme[1].toLowerCase())
}

/** The citation items of a tree, in reading order. */
export function listCitations(tree: Root): { line: number; items: CitationItem[] }[] {
  const found: { line: number; items: CitationItem[] }[] = []
  visit(tree, 'citation', (node) => {
    if (node.items) found.push({ line: node.position?.start.line ?? 0, items: node.items })
  })
  return found
}

/** What Markdown may not contain: raw HTML, images, unsafe links, malformed citations. */
export function findUnsafeMarkdown(tree: Root): MarkdownFinding[] {
  const findings: MarkdownFinding[] = []
  const at = (node: { position?: { start: { line: number } } }) => node.position?.start.line ?? 0
  visit(tree, (node) => {
    if (node.type === 'html') findings.push({ line: at(node), message: 'raw HTML is not allowed (content is data: write it in Markdown)' })
    if (node.type === 'image' || node.type === 'imageReference')
      findings.push({ line: at(node), message: 'images are not supported (describe it in words, or ask for a component)' })
    if ((node.type === 'link' || node.type === 'definition') && !isSafeHref(node.url))
      findings.push({
        line: at(node),
        message: `unsafe link "${node.url}" (only http, https, mailto, tel or site paths like /articles/…/)`,
      })
    if (node.type === 'citation' && node.items === null)
      findings.push({ line: at(node), message: `malformed citation ${node.source} (write [@claim-id], [@a; @b] or [@id, p. 4])` })
  })
  return findings
}
