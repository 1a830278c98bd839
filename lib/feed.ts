import type { Article } from './content/schema'
import { routes } from './routes'

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] as string)
const atomDate = (isoDate: string) => `${isoDate}T00:00:00Z`

/**
 * An Atom feed of articles, newest change first. An article counts as updated when its `updated`
 * date differs from `published`; dates come from front matter, never from the build time.
 */
export function buildAtomFeed({ siteUrl, siteName, articles }: { siteUrl: string; siteName: string; articles: Article[] }): string {
  const sorted = [...articles].sort((a, b) => b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title))
  const newest = sorted[0]?.updated ?? '1970-01-01'
  const entries = sorted.map((a) => {
    const url = `${siteUrl}${routes.article(a.slug)}`
    const isUpdate = a.updated !== a.published
    const summary = isUpdate && a.changeNote ? `Updated: ${a.changeNote} ${a.description}` : a.description
    return [
      '  <entry>',
      `    <title>${escapeXml(isUpdate ? `Updated: ${a.title}` : a.title)}</title>`,
      `    <link href="${escapeXml(url)}"/>`,
      `    <id>${escapeXml(url)}</id>`,
      `    <published>${atomDate(a.published)}</published>`,
      `    <updated>${atomDate(a.updated)}</updated>`,
      `    <author><name>${escapeXml(a.author)}</name></author>`,
      `    <summary>${escapeXml(summary)}</summary>`,
      '  </entry>',
    ].join('\n')
  })
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escapeXml(siteName)}: new and updated articles</title>`,
    `  <link href="${escapeXml(`${siteUrl}${routes.feed()}`)}" rel="self"/>`,
    `  <link href="${escapeXml(`${siteUrl}/`)}"/>`,
    `  <id>${escapeXml(`${siteUrl}/`)}</id>`,
    `  <updated>${atomDate(newest)}</updated>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n')
}
