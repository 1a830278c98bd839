/**
 * Splits Markdown before its nth level-2 heading (## …), so a page can place something between sections, e.g. the help
 * box after an article's short answer. Without that many sections, everything is in the first part.
 */
export function splitBeforeSection(markdown: string, n: number): [string, string] {
  const lines = markdown.split('\n')
  let seen = 0
  const at = lines.findIndex((line) => /^## /.test(line) && ++seen === n)
  return at < 0 ? [markdown, ''] : [lines.slice(0, at).join('\n'), lines.slice(at).join('\n')]
}
