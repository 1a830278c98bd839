import { blockName } from '@/lib/content/content-types'
import type { QuestionTheme } from '@/lib/content/schema'
import type { CitedMarkdown } from '@/lib/markdown/prepare-cited-markdown'
import { MarkdownBody } from '../markdown/markdown-body'

/**
 * The /questions/ hub: each theme a section, each question a heading with its id (so it can be linked and found by
 * search), a short cited answer, and a link to the page that says more. Each answer is the block `<theme>.questions.<n>.answer`.
 */
export function QuestionList({
  themes,
  cited,
  moreTitle,
}: {
  themes: QuestionTheme[]
  cited: CitedMarkdown
  moreTitle: (href: string) => string
}) {
  return (
    <div className="space-y-10">
      {themes.map((theme) => (
        <section key={theme.id} aria-labelledby={theme.id} className="space-y-6">
          <h2 id={theme.id} className="scroll-mt-4 text-2xl font-bold">
            {theme.theme}
          </h2>
          {theme.questions.map((q, i) => (
            <div key={q.id} className="question">
              <h3 id={q.id} className="scroll-mt-4 text-lg font-bold">
                {q.question}
              </h3>
              <div className="prose max-w-none prose-a:text-link">
                <MarkdownBody tree={cited.trees[blockName(theme.id, `questions.${i}.answer`)]} cited={cited} />
              </div>
              <p className="question-more mt-1 text-sm">
                <a href={q.more}>
                  More on this<span className="sr-only">: {q.question}</span> — {moreTitle(q.more)}
                </a>
              </p>
            </div>
          ))}
        </section>
      ))}
    </div>
  )
}
