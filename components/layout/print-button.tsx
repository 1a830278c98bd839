/**
 * A Print button (handouts, the decision aid's sheet): hidden until public/enhance.js runs (it calls the browser's
 * print), with the same advice in words for readers without JavaScript.
 */
export function PrintButton({
  label,
  fallback = 'To print, use your browser’s Print command (Ctrl+P, or ⌘P on a Mac).',
  className = '',
}: {
  label: string
  fallback?: string
  className?: string
}) {
  return (
    <p className={`no-print text-sm ${className}`.trim()}>
      <button type="button" data-print hidden className="button">
        {label}
      </button>
      <span data-print-fallback> {fallback}</span>
    </p>
  )
}
