import type { DefaultTreeAdapterTypes as T } from 'parse5'

/** Small tools for editing exported HTML in place: parse5 finds the elements, edits splice the original text. */

/** Every element in document order, the contents of <template> included. */
export function* elements(parent: T.ParentNode): Generator<T.Element> {
  for (const node of parent.childNodes) {
    if (!('tagName' in node)) continue
    yield node
    yield* elements(node.tagName === 'template' ? (node as T.Template).content : node)
  }
}

export const attribute = (element: T.Element, name: string) => element.attrs.find((a) => a.name === name)?.value
export type Edit = { start: number; end: number; text: string }
export const removal = ({ sourceCodeLocation: at }: T.Element): Edit[] =>
  at ? [{ start: at.startOffset, end: at.endOffset, text: '' }] : []

export function applyEdits(html: string, edits: Edit[]): string {
  // From the end backwards, so earlier offsets stay right; at one offset, the removal before the insertion.
  edits.sort((a, b) => b.start - a.start || b.end - a.end)
  return edits.reduce((out, { start, end, text }) => out.slice(0, start) + text + out.slice(end), html)
}
