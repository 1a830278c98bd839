import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { formatProblem } from '@/lib/content/content-problem'
import { loadContent } from '@/lib/content/load-content'

/**
 * A generator of malformed content files: every good fixture file, broken in each way below, one at a
 * time, in place. Each must fail with its file (or folder) named and a field or line, without throwing,
 * and never be accepted; the whole run stays within a time bound.
 */
const FIXTURES = 'tests/fixtures/content'
const root = mkdtempSync(join(tmpdir(), 'fuzz-'))
const content = join(root, 'content')
cpSync(FIXTURES, content, { recursive: true })
afterAll(() => rmSync(root, { recursive: true, force: true }))

const files = readdirSync(content).flatMap((dir) => readdirSync(join(content, dir)).map((name) => `${dir}/${name}`))
const isMarkdown = (path: string) => path.endsWith('.md')
/** The first `key: value` line of the YAML (front matter for Markdown files). */
const firstField = (text: string) => /^([a-zA-Z]+): (.+)$/m.exec(text)!

type Mutation = {
  name: string
  applies?: (path: string, text: string) => boolean
  text?: (text: string, path: string) => string | Buffer
  move?: string
}

/** Puts text after the front matter's opening line (Markdown) or at the top (YAML), where a field goes. */
const addField = (text: string, path: string, line: string) =>
  isMarkdown(path) ? text.replace(/^---\n/, `---\n${line}\n`) : `${line}\n${text}`
const appendBody = (text: string, markdown: string) => `${text}\n\n${markdown}\n`

const MUTATIONS: Mutation[] = [
  // encodings and bytes
  { name: 'a byte-order mark', text: (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t)]) },
  {
    name: 'a byte that is not UTF-8',
    text: (t) => Buffer.concat([Buffer.from(t.slice(0, 20)), Buffer.from([0xff]), Buffer.from(t.slice(20))]),
  },
  { name: 'a NUL byte', text: (t) => t.replace('\n', '\u0000\n') },
  { name: 'a zero-width space in a word', text: (t) => t.replace(/([a-z]{3})([a-z]{3})/, '$1\u200b$2') },
  { name: 'a right-to-left override', text: (t) => t.replace(/([a-z]{3})([a-z]{3})/, '$1\u202e$2') },
  { name: 'a Cyrillic letter in a Latin word', text: (t) => t.replace(/([a-z]{2})a([a-z]{2})/, '$1\u0430$2') },
  { name: 'a line of 6,000 characters', text: (t) => t.replace('\n', `\n# ${'x'.repeat(6000)}\n`) },
  { name: 'a file over the size limit', text: (t) => t + `\n# ${'x'.repeat(100)}`.repeat(2500) },
  // front matter
  { name: 'a ---js front matter opener', applies: isMarkdown, text: (t) => t.replace(/^---\n/, '---js\n') },
  { name: 'a ---javascript opener', applies: isMarkdown, text: (t) => t.replace(/^---\n/, '---javascript\n') },
  { name: 'a ---yaml opener', applies: isMarkdown, text: (t) => t.replace(/^---\n/, '---yaml\n') },
  { name: 'no front matter', applies: isMarkdown, text: (t) => t.replace(/^---\n[\s\S]*?\n---\n/, '') },
  { name: 'an unclosed front matter', applies: isMarkdown, text: (t) => t.replace(/\n---\n/, '\n') },
  { name: 'a leading blank line', applies: isMarkdown, text: (t) => `\n${t}` },
  // YAML
  { name: 'an alias', text: (t, p) => addField(t, p, 'zza: &x one\nzzb: *x') },
  { name: 'an explicit tag', text: (t, p) => addField(t, p, 'zza: !!binary aGk=') },
  { name: 'an unknown tag', text: (t, p) => addField(t, p, 'zza: !js/function x') },
  { name: 'a duplicate key', text: (t) => t.replace(firstField(t)[0], `${firstField(t)[0]}\n${firstField(t)[0]}`) },
  { name: 'an unclosed bracket', text: (t, p) => addField(t, p, 'zza: [one, two') },
  { name: 'an unclosed quote', text: (t, p) => addField(t, p, 'zza: "one') },
  { name: 'brackets nested 40 deep', text: (t, p) => addField(t, p, `zza:\n${'  [\n'.repeat(40)}${'  ]\n'.repeat(40)}`) },
  { name: 'indentation 80 spaces deep', text: (t, p) => addField(t, p, `zza:\n${' '.repeat(80)}b: c`) },
  { name: 'a top-level list', applies: (p) => !isMarkdown(p), text: (t) => `- ${t.split('\n').join('\n  ')}` },
  { name: 'a top-level scalar', applies: (p) => !isMarkdown(p), text: () => 'just some words\n' },
  { name: 'an empty file', applies: (p) => !isMarkdown(p), text: () => '' },
  { name: 'an empty front matter', applies: isMarkdown, text: (t) => t.replace(/^---\n[\s\S]*?\n---\n/, '---\n---\n') },
  // fields
  { name: 'an unknown field', text: (t, p) => addField(t, p, 'zzUnknownField: 1') },
  { name: 'an empty required field', text: (t) => t.replace(firstField(t)[0], `${firstField(t)[1]}:`) },
  { name: 'a list where text belongs', text: (t) => t.replace(firstField(t)[0], `${firstField(t)[1]}: [a, b]`) },
  {
    name: 'a number where text belongs',
    text: (t) => t.replace(firstField(t)[0], `${firstField(t)[1]}: ${t.includes('kind: question') ? '[1]' : 'true'}`),
  },
  { name: 'a missing required field', text: (t) => t.replace(`${firstField(t)[0]}\n`, '') },
  // dates
  {
    name: 'an impossible month',
    applies: (_p, t) => /\b20\d\d-\d\d-\d\d\b/.test(t),
    text: (t) => t.replace(/\b(20\d\d)-\d\d-\d\d\b/, '$1-13-01'),
  },
  {
    name: 'an impossible day',
    applies: (_p, t) => /\b20\d\d-\d\d-\d\d\b/.test(t),
    text: (t) => t.replace(/\b(20\d\d)-\d\d-\d\d\b/, '$1-02-30'),
  },
  {
    name: 'a date written in words',
    applies: (_p, t) => /: 20\d\d-\d\d-\d\d\b/.test(t),
    text: (t) => t.replace(/: 20\d\d-\d\d-\d\d\b/, ': 1 March 2026'),
  },
  // Markdown, citations, links (in the body of Markdown files)
  { name: 'raw HTML', applies: isMarkdown, text: (t) => appendBody(t, 'Text <script>alert(1)</script>.') },
  { name: 'an image', applies: isMarkdown, text: (t) => appendBody(t, '![chart](/chart.png)') },
  { name: 'a javascript: link', applies: isMarkdown, text: (t) => appendBody(t, '[x](javascript:alert(1))') },
  { name: 'a java&#x09;script: link', applies: isMarkdown, text: (t) => appendBody(t, '[x](java&#x09;script:alert(1))') },
  { name: 'a data: link', applies: isMarkdown, text: (t) => appendBody(t, '[x](data:text/html,hi)') },
  { name: 'a vbscript: definition', applies: isMarkdown, text: (t) => appendBody(t, '[x][y]\n\n[y]: vbscript:msgbox') },
  { name: 'a link to no page', applies: isMarkdown, text: (t) => appendBody(t, '[x](/articles/no-such-page/)') },
  { name: 'a link to no id', applies: isMarkdown, text: (t) => appendBody(t, '[x](/glossary/#no-such-id)') },
  { name: 'a relative link', applies: isMarkdown, text: (t) => appendBody(t, '[x](other-page/)') },
  { name: 'a citation to nothing', applies: isMarkdown, text: (t) => appendBody(t, 'Text [@no-such-claim].') },
  { name: 'an unclosed citation', applies: isMarkdown, text: (t) => appendBody(t, 'Text [@medicare-covers-iop.') },
  { name: 'a malformed citation', applies: isMarkdown, text: (t) => appendBody(t, 'Text [@medicare covers].') },
  { name: 'a nested citation', applies: isMarkdown, text: (t) => appendBody(t, 'Text [@medicare-covers-iop [@mccarty-2014-iop]].') },
  { name: 'a prefixed citation', applies: isMarkdown, text: (t) => appendBody(t, 'Text [see @medicare-covers-iop].') },
  { name: 'a suppressed-author citation', applies: isMarkdown, text: (t) => appendBody(t, 'Text [-@medicare-covers-iop].') },
  { name: 'emphasis inside a key', applies: isMarkdown, text: (t) => appendBody(t, 'Text [@medicare-*covers*-iop].') },
  { name: 'an empty locator', applies: isMarkdown, text: (t) => appendBody(t, 'Text [@medicare-covers-iop, ].') },
  {
    name: 'a definition shadowing a citation',
    applies: isMarkdown,
    text: (t) => appendBody(t, '[@medicare-covers-iop]: https://evil.example/'),
  },
  {
    name: 'lists nested 60 deep',
    applies: isMarkdown,
    text: (t) => appendBody(t, Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n')),
  },
  { name: 'quotes nested 3,000 deep', applies: isMarkdown, text: (t) => appendBody(t, '>'.repeat(3000)) },
  { name: 'a forbidden word', applies: isMarkdown, text: (t) => appendBody(t, 'Every addict can come.') },
  // paths
  { name: 'the wrong extension', move: 'x.yml' },
  { name: 'an upper-case file name', move: 'Bad-Name' },
  { name: 'a space in the file name', move: 'bad name' },
  { name: 'a hidden file name', move: '.hidden' },
  { name: 'a misspelled folder', move: '../article/x' },
  { name: 'a file directly in content/', move: '../x' },
]

/** Each mutation breaks PER_MUTATION of the files it applies to, taken in turn, so every type meets most mutations and the run stays short. */
const PER_MUTATION = 3
const originals = new Map(files.map((path) => [path, readFileSync(join(content, path), 'utf8')]))
const cases = MUTATIONS.flatMap((mutation, i) => {
  const applicable = files.filter((path) => mutation.applies?.(path, originals.get(path)!) ?? true)
  return Array.from({ length: Math.min(PER_MUTATION, applicable.length) }, (_, k) => applicable[(i * 5 + k * 7) % applicable.length])
    .filter((path, k, all) => all.indexOf(path) === k)
    .map((path) => ({ path, original: originals.get(path)!, mutation }))
})
const symlinkAndFolderCases = files.length * 2

describe('fuzzing the content check', () => {
  it(`generates at least 200 malformed files across every content type (${cases.length + symlinkAndFolderCases})`, () => {
    expect(cases.length + symlinkAndFolderCases).toBeGreaterThanOrEqual(200)
    expect(new Set(files.map((f) => f.split('/')[0])).size).toBe(readdirSync(FIXTURES).length)
  })

  it('starts from fixtures that pass', () => {
    expect(loadContent(content, { today: '2026-11-23' }).problems.filter((p) => p.severity === 'error')).toEqual([])
  })

  it('fails every malformed file with its file and a field or line, never throwing, in bounded time', () => {
    const started = performance.now()
    const failures: string[] = []
    const run = (label: string, expectedFile: string, apply: () => void, restore: () => void) => {
      apply()
      try {
        const errors = loadContent(content, { today: '2026-11-23' }).problems.filter((p) => p.severity === 'error')
        const own = errors.filter((p) => p.file === expectedFile || p.file.startsWith(`${expectedFile}/`))
        if (own.length === 0)
          failures.push(`${label}: accepted, or reported elsewhere: ${errors.map(formatProblem).join(' | ') || 'no errors'}`)
        else if (own.some((p) => !p.field)) failures.push(`${label}: a problem without a field or line`)
      } catch (error) {
        failures.push(`${label}: threw ${String(error)}`)
      } finally {
        restore()
      }
    }
    for (const { path, original, mutation } of cases) {
      const full = join(content, path)
      const label = `${path} with ${mutation.name}`
      if (mutation.text)
        run(
          label,
          `content/${path}`,
          () => writeFileSync(full, mutation.text!(original, path)),
          () => writeFileSync(full, original),
        )
      else {
        const dir = path.split('/')[0]
        const moved = join(content, dir, mutation.move!)
        // Moved out of its folder, the problem names the folder it landed in (content/article/) or the file (content/x).
        const reported =
          mutation.move === '../x'
            ? 'content/x'
            : mutation.move!.startsWith('../')
              ? `content/${mutation.move!.split('/')[1]}/`
              : `content/${dir}/${mutation.move}`
        run(
          label,
          reported,
          () => {
            mkdirSync(join(moved, '..'), { recursive: true })
            writeFileSync(moved, original)
            rmSync(full)
          },
          () => {
            rmSync(moved)
            if (mutation.move!.startsWith('../') && mutation.move !== '../x') rmSync(join(moved, '..'), { recursive: true })
            writeFileSync(full, original)
          },
        )
      }
    }
    for (const path of files) {
      const full = join(content, path)
      const original = readFileSync(full)
      run(
        `${path} as a dangling symlink`,
        `content/${path}`,
        () => (rmSync(full), symlinkSync(join(root, 'nowhere'), full)),
        () => (rmSync(full), writeFileSync(full, original)),
      )
      run(
        `${path} as a folder`,
        `content/${path}`,
        () => (rmSync(full), mkdirSync(full), writeFileSync(join(full, 'x.yaml'), 'a: b\n')),
        () => (rmSync(full, { recursive: true }), writeFileSync(full, original)),
      )
    }
    expect(failures).toEqual([])
    // About 200 checks of a 15-file tree; this bound catches runaway work, not normal variation.
    expect(performance.now() - started).toBeLessThan(120_000)
  }, 180_000)
})
