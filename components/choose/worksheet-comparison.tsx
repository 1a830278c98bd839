import {
  ANSWER_LABELS,
  GOOD_ANSWER_LABELS,
  retiredQuestions,
  retiredWording,
  signsShown,
  type Program,
  type Worksheet,
  type WorksheetQuestion,
} from '@/lib/worksheet'

/**
 * The programs side by side: each answer and note, then answers to questions no longer in the guide,
 * then the quality signs each shows. Prints on its own.
 */
export function WorksheetComparison({
  worksheet,
  questions,
  signNames,
}: {
  worksheet: Worksheet
  questions: WorksheetQuestion[]
  signNames: Record<string, string>
}) {
  const rows = [
    ...questions.map((q) => ({ id: q.id, heading: q.text, open: q.open })),
    ...retiredQuestions(worksheet, questions).map((q) => ({
      id: q.id,
      heading: `${retiredWording(q)} (no longer in the guide)`,
      open: false,
    })),
  ]
  return (
    <section>
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
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.heading}</th>
                {worksheet.programs.map((p) => (
                  <AnswerCell key={p.id} program={p} questionId={row.id} open={row.open} />
                ))}
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

function AnswerCell({ program, questionId, open }: { program: Program; questionId: string; open?: boolean }) {
  const a = Object.hasOwn(program.answers, questionId) ? program.answers[questionId] : undefined
  if (open)
    return (
      <td>
        {a?.notes ? <span className="block">{a.notes}</span> : <strong>Not answered</strong>}
        {a?.answer ? <span className="block text-sm">{GOOD_ANSWER_LABELS[a.answer]}</span> : null}
      </td>
    )
  return (
    <td>
      <strong>{a?.answer ? ANSWER_LABELS[a.answer] : 'Not answered'}</strong>
      {a?.notes ? <span className="block">{a.notes}</span> : null}
    </td>
  )
}
