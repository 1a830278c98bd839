import type { ChooseItem } from '@/lib/content/schema'
import { blockName, markdownBlocks } from '@/lib/content/content-types'
import type { CitedMarkdown } from '@/lib/markdown/prepare-cited-markdown'
import { MarkdownBody } from '../markdown/markdown-body'

/** The items' Markdown by name, in reading order: signs, questions (why, then good answer), warnings. */
export const chooseBlocks = (signs: ChooseItem[], questions: ChooseItem[], warnings: ChooseItem[]) =>
  markdownBlocks('ChooseItem', [...signs, ...questions, ...warnings])

/** The /choose/ guide: quality signs, questions with why and a good answer, warning signs. */
export function ChooseGuide({
  signs,
  questions,
  warnings,
  cited,
}: {
  signs: ChooseItem[]
  questions: ChooseItem[]
  warnings: ChooseItem[]
  cited: CitedMarkdown
}) {
  const tree = (id: string, field: 'why' | 'goodAnswer') => <MarkdownBody tree={cited.trees[blockName(id, field)]} cited={cited} />
  return (
    <div data-pagefind-body className="space-y-10">
      <section aria-labelledby="signs-heading">
        <h2 id="signs-heading" className="text-2xl font-bold">
          Signs of a good program
        </h2>
        <ul className="mt-4 space-y-4">
          {signs.map((s) => (
            <li key={s.id} id={s.id}>
              <h3 className="font-bold">{s.text}</h3>
              <div className="prose max-w-none prose-a:text-link">{tree(s.id, 'why')}</div>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="questions-heading">
        <h2 id="questions-heading" className="text-2xl font-bold">
          Questions to ask a program
        </h2>
        <p className="mt-2">Ask these on the phone or at a first visit. A good program is glad to answer them.</p>
        <ol className="mt-4 list-decimal space-y-6 pl-6">
          {questions.map((q) => (
            <li key={q.id} id={q.id}>
              <h3 className="font-bold">{q.text}</h3>
              <h4 className="mt-1 text-sm font-semibold">Why ask</h4>
              <div className="prose max-w-none prose-a:text-link">{tree(q.id, 'why')}</div>
              <h4 className="mt-1 text-sm font-semibold">What a good answer sounds like</h4>
              <div className="prose max-w-none prose-a:text-link">{tree(q.id, 'goodAnswer')}</div>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="warnings-heading">
        <h2 id="warnings-heading" className="text-2xl font-bold">
          Warning signs
        </h2>
        <ul className="mt-4 space-y-4">
          {warnings.map((w) => (
            <li key={w.id} id={w.id}>
              <h3 className="font-bold">{w.text}</h3>
              <div className="prose max-w-none prose-a:text-link">{tree(w.id, 'why')}</div>
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}
