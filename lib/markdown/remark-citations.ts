import type { Data, Root } from 'mdast'
import type { Position } from 'unist'
import { findAndReplace, type RegExpMatchObject } from 'mdast-util-find-and-replace'
import { CITATION_PATTERN, parseCitation, type CitationItem } from './parse-citation'

/** An mdast node for one Pandoc citation. `items` is null when the citation is malformed. */
export interface CitationNode {
  type: 'citation'
  source: string
  items: CitationItem[] | null
  position?: Position
  data?: Data
}

declare module 'mdast' {
  interface PhrasingContentMap {
    citation: CitationNode
  }
  interface RootContentMap {
    citation: CitationNode
  }
}

/** Turns Pandoc citations ([@id], [@a; @b], [@id, p. 4]) into `citation` nodes. */
export function remarkCitations() {
  return (tree: Root) => {
    findAndReplace(tree, [[CITATION_PATTERN, (match: string, found: RegExpMatchObject) => toCitationNode(match, found)]], {
      // Link text is the writer's own words, never a citation; code shows syntax literally.
      ignore: ['link', 'linkReference', 'inlineCode', 'code'],
    })
  }
}

function toCitationNode(match: string, { index, input, stack }: RegExpMatchObject): CitationNode {
  const node: CitationNode = { type: 'citation', source: match, items: parseCitation(match) }
  // New nodes get no position; work it out from the text node, so the check can name the line.
  const start = stack.at(-1)?.position?.start
  if (start) {
    const before = input.slice(0, index).split('\n')
    const line = start.line + before.length - 1
    const column = (before.length === 1 ? start.column : 1) + before[before.length - 1].length
    node.position = { start: { line, column }, end: { line, column: column + match.length } }
  }
  return node
}
