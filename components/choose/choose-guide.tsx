import type { ChooseItem } from '@/lib/content/schema'
import type { CitedMarkdown } from '@/lib/markdown/prepare-cited-markdown'
import { MarkdownBody } from '../markdown/markdown-body'

/** Position of each item's Markdown in the page's cited blocks: signs, questions (why, then good answer), warnings. */
export function chooseBlocks(signs: ChooseItem[], questions: ChooseItem[], warnings: ChooseItem[]): string[] {
  return [...signs.map((s) => s.why), ...questions.flatMap((q) => [q.why, q.goodAnswer ?? '']), ...warnings.map((w) => w.why)]
}

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
  const tree = (i: number) => <MarkdownBody tree={cited.trees[i]} cited={cited} />
  const q0 = signs.length
  const w0 = q0 + questions.length * 2
  return (
    <div data-pagefind-body className="space-y-10">
      <section aria-labelledby="signs-heading">
        <h2 id="signs-heading" className="text-2xl font-bold">
          Signs of a good program
        </h2>
        <ul className="mt-4 space-y-4">
          {signs.map((s, i) => (
            <li key={s.id} id={s.id}>
              <h3 className="font-bold">{s.text}</h3>
              <div className="prose max-w-none prose-a:text-link">{tree(i)}</div>
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
          {questions.map((q, i) => (
            <li key={q.id} id={q.id}>
              <h3 className="font-bold">{q.text}</h3>
              <h4 className="mt-1 text-sm font-semibold">Why ask</h4>
              <div className="prose max-w-none prose-a:text-link">{tree(q0 + i * 2)}</div>
              <h4 className="mt-1 text-sm font-semibold">What a good answer sounds like</h4>
              <div className="prose max-w-none prose-a:text-link">{tree(q0 + i * 2 + 1)}</div>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="warnings-heading">
        <h2 id="warnings-heading" className="text-2xl font-bold">
          Warning signs
        </h2>
        <ul className="mt-4 space-y-4">
          {warnings.map((w, i) => (
            <li key={w.id} id={w.id}>
              <h3 className="font-bold">{w.text}</h3>
              <div className="prose max-w-none prose-a:text-link">{tree(w0 + i)}</div>
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}
