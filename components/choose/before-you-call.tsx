/** What to have ready before calling a program, and the reassurance that not knowing is fine. */
export function BeforeYouCall() {
  const items = [
    ['Insurance', 'the card, or the name of the plan; or say you have none'],
    ['Substances and history', 'what is used, how often, and any treatment before'],
    ['Health', 'medicines taken now, health problems, and any mental health care'],
    ['Schedule', 'work, school or caring hours the program must fit around'],
    ['Transport', 'how you would get there, or whether you need sessions by video'],
    ['Language', 'the language you want care in, or the need for an interpreter'],
    ['Special needs', 'disability access, childcare, pregnancy, or anything else that matters to you'],
  ]
  return (
    <section aria-labelledby="ready-heading" className="rounded border border-rule bg-paper-alt p-4">
      <h2 id="ready-heading" className="text-2xl font-bold">
        Information to have ready before you call
      </h2>
      <ul className="mt-3 list-disc space-y-1 pl-6">
        {items.map(([label, detail]) => (
          <li key={label}>
            <strong>{label}</strong>: {detail}.
          </li>
        ))}
      </ul>
      <p className="mt-3">You do not need every answer. “I’m not sure” is a fine answer, and a good program will help you work it out.</p>
    </section>
  )
}
