import type { DecisionOption, DecisionValue } from '@/lib/content/schema'
import type { Match } from '@/lib/decide/decision'
import { lowerFirst } from '@/lib/decide/decision'

const SYMBOLS: Record<Match, { symbol: string; words: string }> = {
  yes: { symbol: '✓', words: 'fits' },
  partly: { symbol: '~', words: 'partly fits' },
  no: { symbol: '✗', words: 'does not fit' },
}

/**
 * On paper only: every option against every value in one small table (✓ fits, ~ partly, ✗ does not fit), so the
 * printed sheet shows the whole picture next to the person's own ratings. The reasons and their sources are on the page.
 */
export function FitsMatrix({ options, values }: { options: DecisionOption[]; values: DecisionValue[] }) {
  return (
    <table className="fits-matrix print-only">
      <caption>
        How each option fits each thing: ✓ fits, ~ partly fits, ✗ does not fit. The reasons and sources are on the page online.
      </caption>
      <thead>
        <tr>
          <th scope="col">What matters</th>
          {options.map((o) => (
            <th key={o.id} scope="col">
              {o.shortName}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {values.map((v) => (
          <tr key={v.id}>
            <th scope="row">{v.label}</th>
            {options.map((o) => {
              const match = o.fits[v.id]?.match
              return (
                <td key={o.id} title={match ? `${o.shortName} ${SYMBOLS[match].words} ${lowerFirst(v.label)}` : undefined}>
                  {match ? SYMBOLS[match].symbol : '–'}
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
