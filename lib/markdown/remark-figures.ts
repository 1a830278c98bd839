import type { Data, Root } from 'mdast'
import type { Position } from 'unist'
import { visit } from 'unist-util-visit'
import type { CitationNode } from './remark-citations'
import { parseFigure, type Figure } from './figures'

/** A figure block: drawn as `figure-block` in HTML, with its claim's citation as its only child (numbered like any other). */
export interface FigureNode {
  type: 'figureBlock'
  figure: Figure | null
  /** Why the block is not a valid figure, for the check. */
  error?: string
  children: CitationNode[]
  position?: Position
  data?: Data
}

declare module 'mdast' {
  interface RootContentMap {
    figureBlock: FigureNode
  }
  interface BlockContentMap {
    figureBlock: FigureNode
  }
}

/** Turns ```figure blocks into figure nodes. Other code blocks stay code. */
export function remarkFigures() {
  return (tree: Root) => {
    visit(tree, 'code', (node, index, parent) => {
      if (node.lang !== 'figure' || !parent || index === undefined) return
      const parsed = parseFigure(node.value)
      const figure: FigureNode = parsed.ok
        ? {
            type: 'figureBlock',
            figure: parsed.figure,
            position: node.position,
            children: [
              { type: 'citation', source: `[@${parsed.figure.claim}]`, items: [{ id: parsed.figure.claim }], position: node.position },
            ],
            data: {
              hName: 'figure-block',
              hProperties: { kind: parsed.figure.kind, count: parsed.figure.count, label: parsed.figure.label },
            },
          }
        : { type: 'figureBlock', figure: null, error: parsed.message, position: node.position, children: [] }
      parent.children.splice(index, 1, figure)
    })
  }
}
