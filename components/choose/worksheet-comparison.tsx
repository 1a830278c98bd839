import { signsShown, type Answer, type Worksheet } from '@/lib/worksheet'
import type { WorksheetQuestion } from './worksheet-app'

/** The programs side by side: each answer and note, then the quality signs each shows. Prints on its own. */
export function WorksheetComparison({
  worksheet,
  questions,
  signNames,
  answerLabels,
}: {
  worksheet: Worksheet
  questions: WorksheetQuestion[]
  signNames: Record<string, string>
  answerLabels: Record<Answer, string>
}) {
  return (
    <section aria-labelledby="comparison-heading">
      <h2 id="comparison-heading" className="text-2xl font-bold">
        Your programs side by side
      </h2>
      <div className="mt-3 overflow-x-auto" tabIndex={0} role="region" aria-labelledby="comparison-heading">
        <table className="worksheet-table w-full border-collapse text-sm">
          <thead>
            <tr>
              <th scope="col">Question</th>
              {worksheet.programs.map((p) => (
                <th key={p.id} scope="col">
                  {p.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {questions.map((q) => (
              <tr key={q.id}>
                <th scope="row">{q.text}</th>
                {worksheet.programs.map((p) => {
                  const a = p.answers[q.id]
                  return (
                    <td key={p.id}>
                      <strong>{a?.answer ? answerLabels[a.answer] : 'Not answered'}</strong>
                      {a?.notes ? <span className="block">{a.notes}</span> : null}
                    </td>
                  )
                })}
              </tr>
            ))}
            <tr>
              <th scope="row">Quality signs this program shows</th>
              {worksheet.programs.map((p) => {
                const signs = signsShown(p, questions)
                return (
                  <td key={p.id}>
                    {signs.length === 0 ? (
                      'None yet'
                    ) : (
                      <ul className="list-disc pl-4">
                        {signs.map((s) => (
                          <li key={s}>{signNames[s] ?? s}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                )
              })}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  )
}
