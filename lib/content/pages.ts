import { problem, type ContentProblem } from './content-problem'
import { fileOf } from './content-types'
import type { ContentGraph } from './graph'
import { routes } from '../routes'

/**
 * The pages whose words live in content/pages/, and the named blocks each route places around its
 * components. The check fails on a missing page or block, and on a block no route shows.
 */
export const PAGE_BLOCKS = {
  home: ['for-myself', 'for-someone', 'for-patients', 'compare-and-choose'],
  about: ['grades-intro', 'after-grades', 'no-contact-address', 'not-advice'],
  'for-staff': ['articles', 'tools'],
  'not-a-referral': [],
  'help-box': [],
  'get-help': ['emergency', 'urgent', 'non-urgent'],
  decide: [
    'decision',
    'situation',
    'who-for',
    'values-intro',
    'sure-intro',
    'sure-items',
    'sure-if-no',
    'sure-all-yes',
    'questions-to-ask',
    'about-this-aid',
  ],
} as const satisfies Record<string, readonly string[]>

export type PageId = keyof typeof PAGE_BLOCKS
export const isPageId = (id: string): id is PageId => Object.hasOwn(PAGE_BLOCKS, id)

/** The route each content page is shown on (blocks of the help box and the referral note appear on many pages: none). */
export const PAGE_ROUTES: Record<PageId, string | undefined> = {
  home: routes.home(),
  about: routes.about(),
  'for-staff': routes.forStaff(),
  'not-a-referral': undefined,
  'help-box': undefined,
  'get-help': routes.getHelp(),
  decide: routes.decide(),
}

export function findPageProblems(graph: ContentGraph, invalid: ReadonlySet<string>): ContentProblem[] {
  const problems: ContentProblem[] = []
  for (const [id, blocks] of Object.entries(PAGE_BLOCKS) as [PageId, readonly string[]][]) {
    const page = graph.pages.get(id)
    const file = fileOf('Page', id)
    if (!page) {
      if (!invalid.has(id)) problems.push(problem(file, '(file)', `is missing (the ${id} page takes its words from it: restore the file)`))
      continue
    }
    for (const block of blocks)
      if (!(block in page.blocks))
        problems.push(problem(file, `blocks.${block}`, 'is missing (the page shows this block: add it under blocks:)'))
  }
  for (const [id, page] of graph.pages) {
    const known: readonly string[] | undefined = PAGE_BLOCKS[id as PageId]
    if (!known) {
      problems.push(
        problem(
          fileOf('Page', id),
          '(file name)',
          `no route shows a page called "${id}" (use one of: ${Object.keys(PAGE_BLOCKS).join(', ')})`,
        ),
      )
      continue
    }
    for (const block of Object.keys(page.blocks))
      if (!known.includes(block))
        problems.push(
          problem(
            fileOf('Page', id),
            `blocks.${block}`,
            `no part of the page shows this block (use one of: ${known.join(', ') || 'none'}, or move the text into the body)`,
          ),
        )
  }
  return problems
}
