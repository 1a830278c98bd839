/**
 * "Print this handout": hidden until public/enhance.js runs (it calls the browser's print), with the same advice in
 * words for readers without JavaScript.
 */
export function PrintButton({ label }: { label: string }) {
  return (
    <p className="no-print text-sm">
      <button type="button" data-print hidden className="button">
        {label}
      </button>
      <span data-print-fallback> To print, use your browser’s Print command (Ctrl+P, or ⌘P on a Mac).</span>
    </p>
  )
}
