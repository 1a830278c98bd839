import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { formatProblem } from '@/lib/content/content-problem'
import { loadContent } from '@/lib/content/load-content'

/** The exact hostile inputs of the "one content pipeline" issue, each against a copy of the good fixtures. */
const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

function check(edit: (dir: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-'))
  dirs.push(dir)
  cpSync('tests/fixtures/content', join(dir, 'content'), { recursive: true })
  edit(join(dir, 'content'))
  const report = loadContent(join(dir, 'content'), { today: '2026-11-23' })
  return { dir, errors: report.problems.filter((p) => p.severity === 'error').map(formatProblem), report }
}

const ARTICLE_HEAD = `title: T
description: D
audience: [families]
topic: about-iop
published: 2026-11-23
updated: 2026-11-23
lastReviewed: 2026-11-23
nextReview: 2027-11-23
author: Editorial team`
const article = (body: string, head = ARTICLE_HEAD) => `---\n${head}\n---\n\n${body}\n`
const write = (dir: string, path: string, text: string | Buffer) => {
  mkdirSync(join(dir, path, '..'), { recursive: true })
  writeFileSync(join(dir, path), text)
}

describe('hostile content', () => {
  it('never runs code in ---js front matter, and names the file', () => {
    const { dir, errors } = check((d) =>
      write(
        d,
        'articles/evil.md',
        `---js\n{ title: require('fs').writeFileSync(${JSON.stringify(join(d, '..', 'marker'))}, 'ran') }\n---\nBody [@mccarty-2014-iop]\n`,
      ),
    )
    expect(existsSync(join(dir, 'marker'))).toBe(false)
    expect(errors).toEqual([
      expect.stringMatching(/^content\/articles\/evil\.md: \(front matter\): opens with "---js".*refused because they run code/),
    ])
  })

  it('reads CRLF files the same as LF files, including nextReview as the last line', () => {
    const { errors, report } = check((d) => write(d, 'articles/crlf.md', article('An IOP [@mccarty-2014-iop].').replace(/\n/g, '\r\n')))
    expect(errors).toEqual([])
    expect(report.graph.articles.get('crlf')?.nextReview).toBe('2027-11-23')
  })

  it.each([
    ['a YAML alias bomb', 'claims/bomb.yaml', 'a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n', /anchor or alias/],
    [
      'a directory named like a content file',
      'claims/x.yaml/inner.yaml',
      'statement: x\n',
      /content\/claims\/x\.yaml: \(file\): is a folder/,
    ],
    [
      '1,000 nested list items',
      'articles/lists.md',
      article(Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n')),
      /over the 200000-byte limit/,
    ],
    [
      '60 nested list items',
      'articles/lists.md',
      article(Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n')),
      /nests quotes or lists/,
    ],
    ['list markers nested on one line', 'articles/lists.md', article(`${'- '.repeat(500)}item`), /nests quotes or lists/],
    ['4,000 > in a row', 'articles/quotes.md', article('>'.repeat(4000)), /nests quotes or lists/],
    ['10,000 > in a row', 'articles/quotes.md', article('>'.repeat(10000)), /characters long/],
    ['a citation with 4,900 spaces', 'articles/spaces.md', article(`[@mccarty-2014-iop, x${' '.repeat(4900)}!]`), /.*/],
    [
      'a byte-order mark',
      'claims/bom.yaml',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('statement: x\n')]),
      /byte-order mark/,
    ],
    ['bytes that are not UTF-8', 'claims/latin1.yaml', Buffer.from([0x73, 0x3a, 0x20, 0xe9, 0x0a]), /not UTF-8/],
    ['10,000 nested brackets', 'claims/deep.yaml', `statement: ${'['.repeat(10000)}${']'.repeat(10000)}\n`, /characters long/],
    ['nested brackets on many lines', 'claims/deep.yaml', `statement:\n${'[\n'.repeat(2000)}${']\n'.repeat(2000)}`, /nests \[ \] or \{ \}/],
    ['a YAML tag', 'claims/tag.yaml', 'statement: !!binary aGVsbG8=\n', /YAML tag/],
  ])('reports %s without crashing, in bounded time', (_name, path, text, message) => {
    const started = performance.now()
    const { errors } = check((d) => write(d, path, text))
    const elapsed = performance.now() - started
    expect(errors.join('\n')).toMatch(message)
    expect(errors.every((e) => e.startsWith(`content/${path.split('/').slice(0, 2).join('/')}`)) || errors.length === 0).toBe(true)
    // Generous: a single file is checked in milliseconds; this only catches runaway (quadratic or worse) work.
    expect(elapsed).toBeLessThan(10_000)
  })

  it('refuses a dangling symbolic link', () => {
    const { errors } = check((d) => symlinkSync(join(d, 'nowhere.yaml'), join(d, 'claims/link.yaml')))
    expect(errors).toEqual([expect.stringMatching(/^content\/claims\/link\.yaml: \(file\): is a symbolic link/)])
  })

  it.each([
    ['a misspelled folder', 'article/x.md', /content\/article\/: \(folder\): is not a content folder: did you mean content\/articles\//],
    ['an unknown folder', 'faq/x.yaml', /content\/faq\/: \(folder\): is not a content folder: content\/ holds only/],
    ['a file directly in content/', 'stray.md', /content\/stray\.md: \(file\): is directly in content\//],
    ['a hidden file', 'claims/.draft.yaml', /hidden file/],
  ])('names %s instead of ignoring it', (_name, path, message) => {
    const { errors } = check((d) => write(d, path, 'statement: x\n'))
    expect(errors).toEqual([expect.stringMatching(message)])
  })

  it.each([
    [
      'a reference definition shadowing a citation key',
      'See [@mccarty-2014-iop].\n\n[@mccarty-2014-iop]: https://evil.example/',
      /citation key used as a link/,
    ],
    ['a nested citation', 'Text [@mccarty-2014-iop [@iop-comparable-to-inpatient]].', /looks like a citation/],
    ['a prefix inside the brackets', 'Text [see @mccarty-2014-iop].', /looks like a citation/],
    ['a suppressed author', 'Text [-@mccarty-2014-iop].', /looks like a citation/],
    ['emphasis inside a key', 'Text [@iop-*x*-y].', /looks like a citation/],
    [
      'a link to no page',
      'See [this](/articles/no-such-page/) [@mccarty-2014-iop].',
      /"\/articles\/no-such-page\/" is not a page on this site/,
    ],
    [
      'a link to no id',
      'See [this](/articles/do-iops-work/#no-such-id) [@mccarty-2014-iop].',
      /"#no-such-id" is not an id on \/articles\/do-iops-work\//,
    ],
    [
      'a fragment on the page itself that is no heading',
      'See [this](#no-such-id) [@mccarty-2014-iop].',
      /"#no-such-id" is not an id on \/articles\/x\//,
    ],
    ['java<TAB>script:', 'See [this](<java\tscript:alert(1)>) [@mccarty-2014-iop].', /unsafe link/],
    ['java<TAB>script: in a definition', 'See [this][x] [@mccarty-2014-iop].\n\n[x]: <java\tscript:alert(1)>', /unsafe link/],
    ['java&#x09;script:', 'See [this](java&#x09;script:alert(1)) [@mccarty-2014-iop].', /unsafe link/],
    ['a relative link', 'See [this](../do-iops-work/) [@mccarty-2014-iop].', /unsafe link/],
    ['a zero-width space in a forbidden word', 'An ad\u200Bdict [@mccarty-2014-iop].', /invisible character \(U\+200B/],
    ['a Cyrillic letter in a forbidden word', 'An \u0430ddict [@mccarty-2014-iop].', /"аddict" mixes letters from different alphabets/],
  ])('rejects %s, with its line', (_name, body, message) => {
    const { errors } = check((d) => write(d, 'articles/x.md', article(body)))
    expect(errors.join('\n')).toMatch(message)
    expect(errors.every((e) => e.startsWith('content/articles/x.md: '))).toBe(true)
    expect(errors.find((e) => message.test(e))).toMatch(/^content\/articles\/x\.md: (body )?\(line \d+\): /)
  })

  it('accepts a link to a heading that exists on another article', () => {
    const { errors } = check((d) =>
      write(d, 'articles/x.md', article('See [this](/articles/x/#a-heading) [@mccarty-2014-iop].\n\n## A heading\n\nText.')),
    )
    expect(errors).toEqual([])
  })

  it.each([
    ['an impossible issued date', 'issued: 2026-13-45', /issued: not a real year or date/],
    ['an empty volume', 'volume:', /volume: is empty/],
  ])('refuses %s in a source', (_name, line, message) => {
    const { errors } = check((d) =>
      write(d, 'sources/s.yaml', `type: report\ntitle: A report\ndesign: government-data\nURL: https://example.org/r\n${line}\n`),
    )
    expect(errors).toEqual([expect.stringMatching(message)])
  })

  it('refuses an impossible date in every date field of an article', () => {
    const { errors } = check((d) =>
      write(
        d,
        'articles/x.md',
        article('Text [@mccarty-2014-iop].', ARTICLE_HEAD.replace('published: 2026-11-23', 'published: 2026-02-30')),
      ),
    )
    expect(errors).toContainEqual(expect.stringMatching(/^content\/articles\/x\.md: published: not a date/))
  })

  it('names every hostile file in one run', () => {
    const { errors } = check((d) => {
      write(d, 'articles/a.md', '---js\n{}\n---\n')
      write(d, 'article/b.md', 'x')
      write(d, 'claims/c.yaml', 'a: &a x\nb: *a\n')
      write(d, 'stray.txt', 'x')
      write(d, 'sources/e.yaml', 'type: report\ntitle: T\ndesign: government-data\nURL: https://e.org/\nissued: 2026-13-45\n')
    })
    for (const file of ['articles/a.md', 'article/', 'claims/c.yaml', 'stray.txt', 'sources/e.yaml'])
      expect(errors.join('\n')).toContain(`content/${file}`)
    expect(errors.join('\n')).not.toMatch(/\n\s+at /)
  })
})
