/** "On this page": the sections of a long page, as links to their headings (the NHS pattern). Plain links, so it works without JavaScript. */
export function OnThisPage({ sections }: { sections: { id: string; title: string }[] }) {
  return (
    <nav aria-labelledby="on-this-page-heading" className="on-this-page no-print">
      <h2 id="on-this-page-heading" className="text-base font-bold">
        On this page
      </h2>
      <ul className="mt-2 columns-1 gap-6 sm:columns-2">
        {sections.map((s) => (
          <li key={s.id} className="break-inside-avoid py-1">
            <a href={`#${s.id}`}>{s.title}</a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
