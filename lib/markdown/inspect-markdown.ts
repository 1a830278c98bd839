import type { Root } from 'mdast'
import type { Figure } from './figures'
import { visit } from 'unist-util-visit'
import type { CitationItem } from './parse-citation'

export interface MarkdownFinding {
  line: number
  message: string
}

/** Any host: only used to tell a site path (same origin) from an address elsewhere. */
const BASE = 'https://site.invalid'

/** Where a link goes, judged the way a browser reads it: entities decoded by the Markdown parser, then a real URL parser. */
export type LinkTarget = { kind: 'site'; path: string; fragment?: string } | { kind: 'external' } | { kind: 'unsafe' }

export function classifyHref(href: string): LinkTarget {
  // Browsers drop tabs and newlines anywhere in a URL and ignore leading/trailing controls and spaces.
  const cleaned = href.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
  let url: URL
  try {
    url = new URL(cleaned, `${BASE}/`)
  } catch {
    return { kind: 'unsafe' }
  }
  if (url.origin === BASE) {
    if (!cleaned.startsWith('/') && !cleaned.startsWith('#')) return { kind: 'unsafe' }
    return {
      kind: 'site',
      path: cleaned.startsWith('#') ? '' : url.pathname,
      fragment: url.hash ? decodeURIComponent(url.hash.slice(1)) : undefined,
    }
  }
  return ['http:', 'https:', 'mailto:', 'tel:'].includes(url.protocol) ? { kind: 'external' } : { kind: 'unsafe' }
}

/** Link schemes a reader's browser may follow: http(s), mailto, tel and site paths. Everything else is refused. */
export const isSafeHref = (href: string) => classifyHref(href).kind !== 'unsafe'

/** The citation items of a tree, in reading order. */
export function listCitations(tree: Root): { line: number; items: CitationItem[] }[] {
  const found: { line: number; items: CitationItem[] }[] = []
  visit(tree, 'citation', (node) => {
    if (node.items) found.push({ line: node.position?.start.line ?? 0, items: node.items })
  })
  return found
}

/** The valid figures of a tree, with their lines, for the check to compare with their claims. */
export function listFigures(tree: Root): { line: number; figure: Figure }[] {
  const found: { line: number; figure: Figure }[] = []
  visit(tree, 'figureBlock', (node) => {
    if (node.figure) found.push({ line: node.position?.start.line ?? 0, figure: node.figure })
  })
  return found
}

/** Every link's address, with its line, for the check to resolve. */
export function listLinks(tree: Root): { line: number; url: string }[] {
  const links: { line: number; url: string }[] = []
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'definition') links.push({ line: node.position?.start.line ?? 0, url: node.url })
  })
  return links
}

/** Deeper than any real page: more block quotes or list levels than this on one line are refused before parsing. */
export const MAX_MARKDOWN_DEPTH = 8
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))+/

/** A cheap bound before the parser runs: nesting of quotes and lists, and indentation. */
export function findExcessiveNesting(markdown: string): MarkdownFinding | undefined {
  const lines = markdown.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const prefix = CONTAINER_PREFIX.exec(lines[i])?.[0] ?? ''
    const markers = (prefix.match(/>|[-*+]|\d{1,9}[.)]/g) ?? []).length
    const indent = /^[ \t]*/.exec(lines[i])![0].replace(/\t/g, '    ').length
    if (markers > MAX_MARKDOWN_DEPTH || indent > MAX_MARKDOWN_DEPTH * 4)
      return { line: i + 1, message: `nests quotes or lists more than ${MAX_MARKDOWN_DEPTH} deep (no page needs this: flatten it)` }
  }
  return undefined
}

/** Text that looks like a citation but did not become one: `[see @id]`, `[-@id]`, `[@a [@b]]`, `[@x-*y*]`. */
const CITATION_LIKE = /\[[^[\]]*?@[A-Za-z0-9_]|\[@/

/** What Markdown may not contain: raw HTML, images, unsafe links, citation keys used as link labels, malformed citations. */
export function findUnsafeMarkdown(tree: Root): MarkdownFinding[] {
  const findings: MarkdownFinding[] = []
  const at = (node: { position?: { start: { line: number } } }) => node.position?.start.line ?? 0
  const citationHelp = '(write [@claim-id], [@a; @b] or [@id, p. 4])'
  const linkText = new Set<unknown>()
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'linkReference') visit(node, 'text', (text) => void linkText.add(text))
  })
  visit(tree, (node, _index, parent) => {
    if (node.type === 'html') findings.push({ line: at(node), message: 'raw HTML is not allowed (content is data: write it in Markdown)' })
    if (node.type === 'image' || node.type === 'imageReference')
      findings.push({ line: at(node), message: 'images are not supported (describe it in words, or ask for a component)' })
    if ((node.type === 'link' || node.type === 'definition') && !isSafeHref(node.url))
      findings.push({
        line: at(node),
        message: `unsafe link "${node.url}" (only http, https, mailto, tel or site paths like /articles/…/)`,
      })
    if ((node.type === 'definition' || node.type === 'linkReference') && node.label?.trim().startsWith('@'))
      findings.push({
        line: at(node),
        message: `[${node.label}] is a citation key used as a link ${node.type === 'definition' ? 'definition' : 'label'} (remove the "[${node.label}]: …" line; citations link to their sources by themselves)`,
      })
    if (node.type === 'figureBlock' && node.error) findings.push({ line: at(node), message: node.error })
    if (node.type === 'citation' && node.items === null)
      findings.push({ line: at(node), message: `malformed citation ${node.source} ${citationHelp}` })
    // Text split off by the citation plugin has no position of its own: its paragraph's line is close.
    if (node.type === 'text' && CITATION_LIKE.test(node.value) && !linkText.has(node))
      findings.push({
        line: at(node) || (parent ? at(parent) : 0),
        message: `"${node.value.trim().slice(0, 40)}" looks like a citation but is not one ${citationHelp}`,
      })
  })
  return findings
}
