/**
 * The printable blank worksheet: what the page shows without JavaScript, and on paper. On narrow
 * screens each row stacks, and each cell is labelled with its program (`data-program`), so nothing
 * scrolls sideways; it prints as a table.
 */
export function BlankWorksheet({
  questions,
  columns = 3,
}: {
  questions: { id: string; text: string; open?: boolean }[]
  columns?: number
}) {
  const programs = Array.from({ length: columns }, (_, i) => `Program ${i + 1}`)
  return (
    <table className="worksheet-table blank-worksheet w-full border-collapse text-sm">
      <caption className="mb-2 text-left">
        Write each program’s name at the top. For each question, write what they said and tick whether it sounds good, or tick yes, no or
        not sure.
      </caption>
      <thead>
        <tr>
          <th scope="col">Question</th>
          {programs.map((p) => (
            <th key={p} scope="col">
              {p}: name ____________
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {questions.map((q) => (
          <tr key={q.id}>
            <th scope="row">{q.text}</th>
            {programs.map((p) => (
              <td key={p} data-program={p}>
                {q.open ? (
                  <>
                    What they said:
                    <br />
                    <br />☐ Sounds good ☐ Not good ☐ Not sure
                  </>
                ) : (
                  <>
                    ☐ Yes ☐ No ☐ Not sure
                    <br />
                    Notes:
                  </>
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
