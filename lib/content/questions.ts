import type { Root } from 'mdast'
import { listCitations } from '../markdown/inspect-markdown'
import { measureReadability } from '../readability'
import { problem, type ContentProblem } from './content-problem'
import { duplicateOrders, fileOf } from './content-types'
import type { ContentGraph } from './graph'

/** The most sentences a /questions/ answer may have: it answers, and links to the section that says more. */
export const MAX_ANSWER_SENTENCES = 3

export const isAnswerField = (field: string) => /^questions\.\d+\.answer$/.test(field)

/** An answer is short and cited: 1 to 3 sentences, at least one citation. */
export function checkAnswer(file: string, at: string, tree: Root): ContentProblem[] {
  const problems: ContentProblem[] = []
  if (listCitations(tree).length === 0)
    problems.push(problem(file, at, 'cites nothing (an answer states facts: cite the claim behind them with [@claim-id])'))
  const { sentences } = measureReadability(tree)
  if (sentences > MAX_ANSWER_SENTENCES)
    problems.push(
      problem(
        file,
        at,
        `has ${sentences} sentences (answer in ${MAX_ANSWER_SENTENCES} or fewer, and leave the rest to the page under more:)`,
      ),
    )
  return problems
}

/** Question ids are anchors on one page, so they are unique across every theme file; so are the themes' positions. */
export function findQuestionProblems(graph: ContentGraph): ContentProblem[] {
  const problems: ContentProblem[] = []
  const owners = new Map<string, string>()
  problems.push(...duplicateOrders('QuestionTheme', graph.questionThemes, 'theme'))
  for (const id of graph.questionThemes.keys()) owners.set(id, fileOf('QuestionTheme', id))
  for (const [id, theme] of graph.questionThemes) {
    const file = fileOf('QuestionTheme', id)
    theme.questions.forEach((q, i) => {
      const owner = owners.get(q.id)
      if (owner)
        problems.push(
          problem(file, `questions.${i}.id`, `"${q.id}" is also used in ${owner} (each question needs its own id: it is its #anchor)`),
        )
      else owners.set(q.id, file)
    })
  }
  return problems
}
