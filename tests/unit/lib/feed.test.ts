import { describe, expect, it } from 'vitest'
import type { Article } from '@/lib/content/schema'
import { buildAtomFeed } from '@/lib/feed'

const article = (slug: string, published: string, updated: string, extra: Partial<Article> = {}): Article => ({
  slug,
  title: `Title of ${slug}`,
  description: `About ${slug} & more`,
  audience: ['families'],
  topic: 'about-iop',
  published,
  updated,
  lastReviewed: updated,
  nextReview: '2030-01-01',
  author: 'IOP Evidence Guide editorial team',
  reviewers: [],
  redirectFrom: [],
  related: [],
  body: '',
  ...extra,
})

const feed = buildAtomFeed({
  siteUrl: 'https://example.org',
  siteName: 'IOP Evidence Guide',
  articles: [
    article('old', '2026-01-01', '2026-01-01'),
    article('changed', '2025-06-01', '2026-03-01', { changeNote: 'Added the 2024 Medicare rules.' }),
  ],
})

describe(buildAtomFeed, () => {
  it('lists the most recently changed article first, with its canonical address', () => {
    expect(feed.indexOf('https://example.org/articles/changed/')).toBeLessThan(feed.indexOf('https://example.org/articles/old/'))
  })
  it('marks an updated article and says what changed', () => {
    expect(feed).toContain('<title>Updated: Title of changed</title>')
    expect(feed).toContain('<summary>Updated: Added the 2024 Medicare rules. About changed &amp; more</summary>')
    expect(feed).toContain('<title>Title of old</title>')
  })
  it('dates the feed from front matter, not the build', () => {
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom">')
    expect(feed).toMatch(/<id>https:\/\/example.org\/<\/id>\n {2}<updated>2026-03-01T00:00:00Z<\/updated>/)
  })
})
