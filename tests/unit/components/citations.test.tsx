import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { SourceList } from '@/components/citations/source-list'
import { MarkdownBody } from '@/components/markdown/markdown-body'
import type { CitationTarget } from '@/lib/citations/resolve-citation'
import { prepareCitedMarkdown } from '@/lib/markdown/prepare-cited-markdown'

const claimTarget = (id: string): CitationTarget => ({
  kind: 'claim',
  claim: {
    id,
    statement: 'For most people, an IOP probably works about as well as inpatient care.',
    kind: 'effect',
    grade: 'moderate',
    gradeRationale: 'One review.',
    topic: 'effectiveness',
    sources: [{ source: 'mccarty-2014-iop', locator: 'Abstract' }],
    caveats: [],
    lastReviewed: '2026-11-23',
  },
  sources: [
    {
      id: 'mccarty-2014-iop',
      typeLabel: 'Systematic review',
      reference: 'McCarty, D. (2014). Substance Abuse Intensive Outpatient Programs. Psychiatric Services.',
      short: 'McCarty, 2014',
      locator: 'Abstract, Results',
      links: [{ label: 'DOI', href: 'https://doi.org/10.1176/appi.ps.201300249', text: 'doi:10.1176/appi.ps.201300249' }],
    },
  ],
})

const cited = prepareCitedMarkdown({ b0: 'IOPs probably work about as well [@iop-works]. Again [@iop-works].' }, { resolve: claimTarget })
const body = renderToStaticMarkup(<MarkdownBody tree={cited.trees.b0} cited={cited} />)
const list = renderToStaticMarkup(<SourceList entries={cited.entries} targets={cited.targets} />)

describe('citation markers', () => {
  it('are real links to the Sources entry, named "Source n"', () => {
    expect(body).toContain('<a id="cite-1-1" href="#source-1"')
    expect(body).toContain('<span class="sr-only">Source </span>1')
    expect(body).toContain('<a id="cite-1-2" href="#source-1"')
  })
  it('carry no copy of the details: the Sources entry holds them once, for the popover script to show', () => {
    expect(body).not.toContain('Moderate evidence')
    expect(body).toContain('data-title="Source 1"')
    expect(list.match(/data-cite-details/g)).toHaveLength(1)
    expect(list).toContain('Moderate evidence')
    expect(list).toContain('Systematic review')
    expect(list).toContain('href="https://doi.org/10.1176/appi.ps.201300249"')
  })
})

describe('SourceList', () => {
  it('gives each entry an anchor and links back to every place it is cited', () => {
    expect(list).toContain('<li id="source-1"')
    expect(list).toContain('href="#cite-1-1"')
    expect(list).toContain('href="#cite-1-2"')
    expect(list).toContain('aria-label="Back to citation 1a in the text"')
  })
  it('renders nothing for a page without citations', () => {
    expect(renderToStaticMarkup(<SourceList entries={[]} targets={{}} />)).toBe('')
  })
})
