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

describe('the /questions/ hub', () => {
  const QUESTIONS = 'questions/basics.yaml'
  it('reads a theme with its questions into the graph', () => {
    const { report, errors } = validateCopy()
    expect(errors).toEqual([])
    const theme = report.graph.questionThemes.get('basics')
    expect(theme?.questions.map((q) => q.id)).toEqual(['does-iop-work-as-well-as-rehab'])
  })

  it('refuses a question that is not asked as a question', () => {
    const { errors } = validateCopy((d) => replaceIn(d, QUESTIONS, 'as well as rehab?"', 'as well as rehab"'))
    expect(errors).toEqual([
      'content/questions/basics.yaml: questions.0.question: does not end with "?" (write it as the question a reader would type)',
    ])
  })

  it('refuses an answer that cites nothing, or runs past three sentences', () => {
    const uncited = validateCopy((d) => replaceIn(d, QUESTIONS, ' [@iop-comparable-to-inpatient]', ''))
    expect(uncited.errors).toEqual([
      'content/questions/basics.yaml: questions.0.answer (line 8): cites nothing (an answer states facts: cite the claim behind them with [@claim-id])',
    ])
    const long = validateCopy((d) => replaceIn(d, QUESTIONS, '18 months or less.', '18 months or less. One. Two.'))
    expect(long.errors).toEqual([
      'content/questions/basics.yaml: questions.0.answer (line 8): has 4 sentences (answer in 3 or fewer, and leave the rest to the page under more:)',
    ])
  })

  it('checks that "more" leads to a real page and section on this site', () => {
    const section = validateCopy((d) => replaceIn(d, QUESTIONS, '#the-short-answer', '#no-such-section'))
    expect(section.errors).toHaveLength(1)
    expect(section.errors[0]).toMatch(
      /^content\/questions\/basics\.yaml: questions\.0\.more \(line 10\): "#no-such-section" is not an id on \/articles\/do-iops-work\//,
    )
    const page = validateCopy((d) => replaceIn(d, QUESTIONS, '/articles/do-iops-work/', '/articles/no-such-page/'))
    expect(page.errors[0]).toMatch(
      /questions\.0\.more \(line 10\): "\/articles\/no-such-page\/#the-short-answer" is not a page on this site/,
    )
    const elsewhere = validateCopy((d) => replaceIn(d, QUESTIONS, 'more: /articles/', 'more: //evil.example/articles/'))
    expect(elsewhere.errors[0]).toMatch(/questions\.0\.more.*is not an address on this site/)
  })

  it('refuses a question id used twice, even across themes: it is the anchor on one page', () => {
    const { errors } = validateCopy((d) =>
      writeFileSync(join(d, 'questions/more.yaml'), readFileSync(join(d, QUESTIONS), 'utf8').replace('order: 10', 'order: 20')),
    )
    expect(errors).toEqual([
      'content/questions/more.yaml: questions.0.id: "does-iop-work-as-well-as-rehab" is also used in content/questions/basics.yaml (each question needs its own id: it is its #anchor)',
    ])
  })
})

describe('grades on statistics', () => {
  const statistic = (source: string, extra = '') =>
    `statement: "About half of people finished."\nkind: statistic\n${extra}topic: effectiveness\nsources:\n  - source: ${source}\n    locator: "Table 2"\nlastReviewed: 2026-11-23\n`
  it('asks for a grade on a figure that does not come from official government data', () => {
    const { errors } = validateCopy((d) => writeFileSync(join(d, 'claims/half-finished.yaml'), statistic('mccarty-2014-iop')))
    expect(errors).toEqual([
      'content/claims/half-finished.yaml: grade: is missing: a figure from a systematic-review source needs a grade like an effect (add grade: strong | moderate | limited | insufficient, and gradeRationale; only official government data goes ungraded)',
    ])
  })
  it('asks for the reason with the grade, and leaves government figures ungraded', () => {
    const noReason = validateCopy((d) =>
      writeFileSync(join(d, 'claims/half-finished.yaml'), statistic('mccarty-2014-iop', 'grade: limited\n')),
    )
    expect(noReason.errors).toEqual([
      'content/claims/half-finished.yaml: gradeRationale: a graded statistic needs a gradeRationale (say in a sentence why the grade fits: design, size, who was counted)',
    ])
    const government = validateCopy((d) => {
      replaceIn(d, 'sources/medicare-gov-iop-coverage.yaml', 'design: program-guide', 'design: government-data')
      writeFileSync(join(d, 'claims/half-finished.yaml'), statistic('medicare-gov-iop-coverage'))
    })
    expect(government.errors).toEqual([])
  })
})

describe('figures in Markdown', () => {
  const figure = (lines: string) => `\n\n\`\`\`figure\n${lines}\n\`\`\`\n`
  const addToArticle = (d: string, block: string) =>
    writeFileSync(join(d, 'articles/do-iops-work.md'), readFileSync(join(d, 'articles/do-iops-work.md'), 'utf8') + block)

  it('turns a valid figure into a cited figure, and draws only a number its claim states', () => {
    const good = validateCopy((d) => {
      replaceIn(
        d,
        'claims/medicare-covers-iop.yaml',
        'covers intensive outpatient program services.',
        'covers IOP for about 12 in 100 people.',
      )
      addToArticle(d, figure('kind: icon-array\ncount: 12\nlabel: About 12 in 100 people\nclaim: medicare-covers-iop'))
    })
    expect(good.errors).toEqual([])
    const wrongNumber = validateCopy((d) =>
      addToArticle(d, figure('kind: icon-array\ncount: 40\nlabel: About 40 in 100 people\nclaim: medicare-covers-iop')),
    )
    expect(wrongNumber.errors).toEqual([
      expect.stringMatching(
        /^content\/articles\/do-iops-work\.md: body \(line \d+\): the figure draws 40 in 100, but claim medicare-covers-iop does not say 40/,
      ),
    ])
  })

  it('reports a figure that names no claim, and one that is not written as key: value lines', () => {
    const unknown = validateCopy((d) =>
      addToArticle(d, figure('kind: icon-array\ncount: 12\nlabel: About 12 in 100\nclaim: no-such-claim')),
    )
    expect(unknown.errors).toEqual([expect.stringMatching(/\[@no-such-claim\] names no claim or source/)])
    const broken = validateCopy((d) => addToArticle(d, figure('kind: icon-array\ncount: lots\nlabel: Many\nclaim: medicare-covers-iop')))
    expect(broken.errors).toEqual([expect.stringMatching(/figure count is not valid \(write kind: icon-array, count: <0–100>/)])
  })
})

describe('the hours chart on /compare/', () => {
  it('charts only hours its claim states', () => {
    const { errors } = validateCopy((d) =>
      replaceIn(
        d,
        'levels-of-care/intensive-outpatient.yaml',
        /\nrows:\n/,
        '\nhours: { atLeast: 9, upTo: 25, claim: medicare-covers-iop }\nrows:\n',
      ),
    )
    expect(errors).toEqual([
      'content/levels-of-care/intensive-outpatient.yaml: hours: 9 is not in the statement of medicare-covers-iop (chart only the hours its claim gives)',
      'content/levels-of-care/intensive-outpatient.yaml: hours: 25 is not in the statement of medicare-covers-iop (chart only the hours its claim gives)',
    ])
  })
})

describe('review dates on pages', () => {
  it('fails a page whose next review date has passed, like an article', () => {
    const { errors } = validateCopy((d) => replaceIn(d, 'pages/decide.md', 'nextReview: 2027-12-01', 'nextReview: 2026-11-01'))
    expect(errors).toEqual([
      'content/pages/decide.md: nextReview: 2026-11-01 has passed (review the page, then set lastReviewed and a new nextReview)',
    ])
  })
})
