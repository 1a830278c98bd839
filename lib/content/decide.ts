import { toString } from 'mdast-util-to-string'
import { parseMarkdown } from '../markdown/parse-markdown'
import { SURE_ITEMS } from '../decide/decision'
import { problem, type ContentProblem } from './content-problem'
import { blockName, duplicateOrders, fileOf, markdownBlocks } from './content-types'
import type { ContentGraph } from './graph'
import type { DecisionOption, Page } from './schema'

/** The SURE questions' wording, from the decide page's `sure-items` block: an ordered list, one item per question. */
export function sureQuestions(markdown: string): string[] {
  const tree = parseMarkdown(markdown)
  const list = tree.children.find((n) => n.type === 'list')
  return list && list.type === 'list' ? list.children.map((item) => toString(item).trim()) : []
}

/**
 * The decision aid holds together: every option says how it fits every value (and no value that does not exist), each
 * option and value has its own place, a named level of care exists, and the SURE block has its four questions.
 */
export function findDecisionProblems(graph: ContentGraph, invalid: ReadonlySet<string>): ContentProblem[] {
  const problems: ContentProblem[] = []
  const values = [...graph.decisionValues.keys()]
  problems.push(...duplicateOrders('DecisionOption', graph.decisionOptions, 'option'))
  problems.push(...duplicateOrders('DecisionValue', graph.decisionValues, 'value'))
  for (const [id, option] of graph.decisionOptions) {
    const file = fileOf('DecisionOption', id)
    if (option.level && !graph.levelsOfCare.has(option.level) && !invalid.has(option.level))
      problems.push(
        problem(file, 'level', `"${option.level}" names no level of care (use a file name from content/levels-of-care/, or remove level)`),
      )
    for (const value of values)
      if (!Object.hasOwn(option.fits, value))
        problems.push(
          problem(
            file,
            `fits.${value}`,
            `is missing (every option says how it fits every value in content/decision-values/: add match and why)`,
          ),
        )
    for (const value of Object.keys(option.fits))
      if (!graph.decisionValues.has(value) && !invalid.has(value))
        problems.push(problem(file, `fits.${value}`, `"${value}" names no value (use a file name from content/decision-values/)`))
  }
  const page = graph.pages.get('decide')
  const sure = page?.blocks['sure-items']
  if (sure !== undefined && sureQuestions(sure).length !== SURE_ITEMS.length)
    problems.push(
      problem(
        fileOf('Page', 'decide'),
        'blocks.sure-items',
        `has ${sureQuestions(sure).length} list items (write the ${SURE_ITEMS.length} SURE questions as a numbered list, one per item)`,
      ),
    )
  return problems
}

/**
 * The Markdown blocks of /decide/ in reading order, so citations are numbered as the page reads: the opening, the help
 * box, the decision, the option cards, the values, how each option fits, the SURE test, the questions, about the aid.
 * (The SURE questions are not among them: they are quoted as the test's own wording, with no citations.)
 */
export function decidePageBlocks(page: Page, helpBox: Page, options: DecisionOption[]): Record<string, string> {
  const pageBlocks = markdownBlocks('Page', [page])
  const optionBlocks = Object.entries(markdownBlocks('DecisionOption', options))
  const isFit = ([name]: [string, string]) => name.includes('.fits.')
  const pick = (...names: string[]) => Object.fromEntries(names.map((n) => [blockName(page.id, n), pageBlocks[blockName(page.id, n)]]))
  return {
    ...pick('body'),
    ...markdownBlocks('Page', [helpBox]),
    ...pick('blocks.decision', 'blocks.situation', 'blocks.who-for'),
    ...Object.fromEntries(optionBlocks.filter((b) => !isFit(b))),
    ...pick('blocks.values-intro'),
    ...Object.fromEntries(optionBlocks.filter(isFit)),
    ...pick('blocks.sure-intro', 'blocks.sure-if-no', 'blocks.sure-all-yes', 'blocks.questions-to-ask', 'blocks.about-this-aid'),
  }
}
