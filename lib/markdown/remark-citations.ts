import type { Data, Root } from 'mdast'
import type { Position } from 'unist'
import { findAndReplace } from 'mdast-util-find-and-replace'
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
    findAndReplace(tree, [[CITATION_PATTERN, (match: string) => ({ type: 'citation', source: match, items: parseCitation(match) })]], {
      // Link text is the writer's own words, never a citation; code shows syntax literally.
      ignore: ['link', 'linkReference', 'inlineCode', 'code'],
    })
  }
}
