import { SURE_ANSWERS, SURE_ITEMS } from '@/lib/decide/decision'
import type { ReactNode } from 'react'
import { InsetText } from '../layout/inset-text'

/**
 * The SURE test (four yes/no questions on decisional conflict). Its wording is the test's own, quoted from the page's
 * `sure-items` block; `ifNo` says what to do when any answer is no. With public/decide.js, the matching result shows.
 */
export function SureTest({ questions, ifNo, allYes }: { questions: string[]; ifNo: ReactNode; allYes: ReactNode }) {
  return (
    <div className="space-y-3">
      <ol className="space-y-3">
        {SURE_ITEMS.map((item, i) => (
          <li key={item}>
            <fieldset className="value-question">
              <legend className="font-semibold">
                {i + 1}. {questions[i]}
              </legend>
              <div className="choices">
                {SURE_ANSWERS.map((answer) => (
                  <label key={answer} className="choice">
                    <input type="radio" name={`sure-${item}`} value={answer} /> {answer === 'yes' ? 'Yes' : 'No'}
                  </label>
                ))}
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <InsetText data-sure-state="all-yes" hidden>
        {allYes}
      </InsetText>
      <InsetText data-sure-state="some-no">{ifNo}</InsetText>
    </div>
  )
}
