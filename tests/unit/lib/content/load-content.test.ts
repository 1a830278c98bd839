import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { formatProblem } from '@/lib/content/content-problem'
import { loadContent } from '@/lib/content/load-content'

const TODAY = '2026-11-23'
const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

/** A copy of the good fixture content, changed by `edit`, then validated. */
function validateCopy(edit: (dir: string) => void = () => {}) {
  const dir = mkdtempSync(join(tmpdir(), 'content-'))
  dirs.push(dir)
  cpSync('tests/fixtures/content', dir, { recursive: true })
  edit(dir)
  const report = loadContent(dir, { today: TODAY })
  return { report, errors: report.problems.filter((p) => p.severity === 'error').map(formatProblem) }
}
const replaceIn = (dir: string, file: string, from: string | RegExp, to: string) => {
  const path = join(dir, file)
  const text = readFileSync(path, 'utf8')
  const changed = text.replace(from, to)
  if (changed === text) throw new Error(`fixture edit did nothing in ${file}`)
  writeFileSync(path, changed)
}

describe('loadContent', () => {
  it('passes the good fixtures and counts every file', () => {
    const { report, errors } = validateCopy()
    expect(errors).toEqual([])
    expect(report.files.Article).toHaveLength(2)
    expect(report.files.Claim).toHaveLength(2)
  })

  it('names the file, line and key of a citation that points at nothing', () => {
    const { errors } = validateCopy((d) =>
      replaceIn(d, 'articles/do-iops-work.md', '[@iop-comparable-to-inpatient]', '[@iop-comparable-to-inpatent]'),
    )
    expect(errors).toEqual([
      'content/articles/do-iops-work.md: body (line 16): [@iop-comparable-to-inpatent] names no claim or source (check the id in content/claims/ or content/sources/)',
    ])
  })

  it('names the file and the missing required field', () => {
    const { errors } = validateCopy((d) => replaceIn(d, 'claims/medicare-covers-iop.yaml', /^topic: .*\n/m, ''))
    expect(errors).toEqual(['content/claims/medicare-covers-iop.yaml: topic: is missing (add topic: … — it is required)'])
  })

  it('reports every problem in one run, not just the first', () => {
    const { errors } = validateCopy((d) => {
      replaceIn(d, 'claims/medicare-covers-iop.yaml', 'source: medicare-gov-iop-coverage', 'source: medicare-gov')
      replaceIn(d, 'articles/paying-for-an-iop.md', 'related: [do-iops-work]', 'related: [do-iops-work-now]')
      writeFileSync(join(d, 'claims/broken.yaml'), 'statement: [oops\n')
    })
    expect(errors).toHaveLength(3)
    expect(errors.join('\n')).toContain('content/claims/broken.yaml: (line 2): YAML does not parse')
    expect(errors.join('\n')).toContain('content/claims/medicare-covers-iop.yaml: sources.0.source: "medicare-gov" names no source')
    expect(errors.join('\n')).toContain('content/articles/paying-for-an-iop.md: related.0: "do-iops-work-now" names no article')
  })

  it('refuses a file with the wrong extension instead of ignoring it', () => {
    const { errors } = validateCopy((d) => writeFileSync(join(d, 'claims/draft.yml'), 'statement: x\n'))
    expect(errors).toEqual([
      'content/claims/draft.yml: (file name): is not a .yaml file, so no page would read it (rename it to ….yaml or move it out of content/)',
    ])
  })

  it.each([
    ['raw HTML', 'Medicare Part B covers <script>alert(1)</script> IOP', 'raw HTML is not allowed'],
    ['a javascript: link', 'Medicare Part B [covers](javascript:alert(1)) IOP', 'unsafe link "javascript:alert(1)"'],
    ['an image', 'Medicare ![chart](/chart.png) Part B covers IOP', 'images are not supported'],
    ['a malformed citation', 'Medicare Part B covers IOP [@medicare covers]', 'malformed citation [@medicare covers]'],
    [
      'stigmatising wording',
      'Medicare Part B covers IOP for every addict',
      '"addict" is not our wording (write person with a substance use disorder)',
    ],
    ['a superlative', 'Medicare Part B covers this proven IOP', '"proven" is not our wording'],
  ])('rejects %s in an article body, with its line', (_name, text, message) => {
    const { errors } = validateCopy((d) => replaceIn(d, 'articles/paying-for-an-iop.md', 'Medicare Part B covers IOP services', text))
    expect(errors.some((e) => e.startsWith('content/articles/paying-for-an-iop.md: body (line 15):') && e.includes(message))).toBe(true)
  })

  it('fails an article whose next review date has passed', () => {
    const { errors } = validateCopy((d) => {
      replaceIn(d, 'articles/paying-for-an-iop.md', 'lastReviewed: 2026-11-23', 'lastReviewed: 2025-01-01')
      replaceIn(d, 'articles/paying-for-an-iop.md', 'nextReview: 2027-11-23', 'nextReview: 2026-01-01')
    })
    expect(errors).toEqual([
      'content/articles/paying-for-an-iop.md: nextReview: 2026-01-01 has passed (review the article, then set lastReviewed and a new nextReview)',
    ])
  })

  it('fails when two pages claim the same address', () => {
    const { errors } = validateCopy((d) =>
      replaceIn(d, 'articles/paying-for-an-iop.md', 'next: do-iops-work', 'next: do-iops-work\nredirectFrom: [do-iops-work]'),
    )
    expect(errors).toEqual([
      'content/articles/paying-for-an-iop.md: redirectFrom.0: "do-iops-work" is already the address of content/articles/do-iops-work.md (two pages cannot share an address: remove one)',
    ])
  })

  it('fails a claim whose id is also a source id', () => {
    const { errors } = validateCopy((d) => cpSync(join(d, 'claims/medicare-covers-iop.yaml'), join(d, 'claims/mccarty-2014-iop.yaml')))
    expect(errors).toEqual([
      'content/claims/mccarty-2014-iop.yaml: (file name): "mccarty-2014-iop" is also a source id, so [@mccarty-2014-iop] would be ambiguous (rename the claim)',
    ])
  })
})
