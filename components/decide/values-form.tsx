import { RATINGS, RATING_LABELS } from '@/lib/decide/decision'
import { lowerFirst } from '@/lib/decide/decision'
import type { DecisionValue } from '@/lib/content/schema'

/**
 * "What matters to you": one question per value, three choices each. Plain radio buttons: on paper, a person ticks a
 * box; with public/decide.js, the answers are saved on the device and the options below show how they fit.
 */
export function ValuesForm({ values }: { values: DecisionValue[] }) {
  return (
    <div className="values-form space-y-3">
      {values.map((value) => (
        <fieldset key={value.id} data-value={value.id} data-value-label={lowerFirst(value.label)} className="value-question">
          <legend className="font-semibold">{value.question}</legend>
          <div className="choices">
            {RATINGS.map((rating) => (
              <label key={rating} className="choice">
                <input type="radio" name={`rating-${value.id}`} value={rating} /> {RATING_LABELS[rating]}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </div>
  )
}
