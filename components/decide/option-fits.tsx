import { blockName } from '@/lib/content/content-types'
import type { DecisionOption, DecisionValue } from '@/lib/content/schema'
import type { CitedMarkdown } from '@/lib/markdown/prepare-cited-markdown'
import { lowerFirst, type Match } from '@/lib/decide/decision'
import { MarkdownBody } from '../markdown/markdown-body'

const MATCH_LABELS: Record<Match, string> = { yes: 'Fits', partly: 'Partly fits', no: 'Does not fit' }

/**
 * How each option fits each value, and why: the whole table on paper and without JavaScript; with public/decide.js,
 * each option shows only what the person said matters, with a one-line summary. Options keep their order: never ranked.
 */
export function OptionFitsList({ options, values, cited }: { options: DecisionOption[]; values: DecisionValue[]; cited: CitedMarkdown }) {
  return (
    <ul className="space-y-6">
      {options.map((option) => (
        <li key={option.id} data-option={option.id} className="fits-card">
          <h3 className="text-lg font-bold">{option.name}</h3>
          <p data-option-summary hidden className="mt-1 font-semibold" />
          <ul className="mt-2 space-y-2">
            {values.map((value) => {
              const fit = option.fits[value.id]
              if (!fit) return null
              return (
                <li key={value.id} data-fit={value.id} data-match={fit.match} className={`fit fit-${fit.match}`}>
                  <span className="fit-label">
                    {MATCH_LABELS[fit.match]}: {lowerFirst(value.label)}.
                  </span>{' '}
                  <span className="fit-why prose prose-a:text-link">
                    <MarkdownBody tree={cited.trees[blockName(option.id, `fits.${value.id}.why`)]} cited={cited} />
                  </span>
                </li>
              )
            })}
          </ul>
        </li>
      ))}
    </ul>
  )
}
