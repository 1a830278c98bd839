import { blockName } from '@/lib/content/content-types'
import { BURDENS, type DecisionOption } from '@/lib/content/schema'
import type { CitedMarkdown } from '@/lib/markdown/prepare-cited-markdown'
import { routes } from '@/lib/routes'
import { MarkdownBody } from '../markdown/markdown-body'

export const BURDEN_LABELS: Record<(typeof BURDENS)[number], string> = {
  time: 'Time',
  cost: 'Cost',
  work: 'Work or school',
  childcare: 'Children and others at home',
  travel: 'Travel',
  privacy: 'Privacy',
  awayFromHome: 'Being away from home',
}

/**
 * One option of the decision aid. Every option has the same parts in the same order (IPDAS: equal detail), so good
 * points and downsides can be read side by side. Each part is a cited Markdown block of the option's file.
 */
export function OptionCard({ option, cited }: { option: DecisionOption; cited: CitedMarkdown }) {
  const md = (field: string) => <MarkdownBody tree={cited.trees[blockName(option.id, field)]} cited={cited} />
  const headingId = `option-${option.id}`
  return (
    <section aria-labelledby={headingId} className="option-card">
      <h3 id={headingId} className="text-xl font-bold">
        {option.name}
      </h3>
      <p className="mt-1">{option.summary}</p>
      <div className="prose max-w-none prose-a:text-link">
        <h4>A typical week</h4>
        {md('typicalWeek')}
        <h4>Good points</h4>
        <ul>
          {option.goodPoints.map((_, i) => (
            <li key={i}>{md(`goodPoints.${i}`)}</li>
          ))}
        </ul>
        <h4>Downsides and burdens</h4>
        <dl className="burdens">
          {BURDENS.map((b) => (
            <div key={b}>
              <dt>{BURDEN_LABELS[b]}</dt>
              <dd>{md(`burdens.${b}`)}</dd>
            </div>
          ))}
        </dl>
        <h4>What the research shows</h4>
        {md('research')}
        <p>
          <strong>How sure we are:</strong> {option.howSure}
        </p>
        <h4>What is not known</h4>
        <ul>
          {option.notKnown.map((_, i) => (
            <li key={i}>{md(`notKnown.${i}`)}</li>
          ))}
        </ul>
        {option.level ? (
          <p>
            <a href={routes.compareLevel(option.level)}>More about {option.shortName} in the comparison</a>
          </p>
        ) : null}
      </div>
    </section>
  )
}
