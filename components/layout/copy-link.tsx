/**
 * "Copy link to this page": hidden until public/enhance.js runs, which copies the page's canonical address, or shows it
 * in a field to copy by hand when the clipboard is refused or missing.
 */
export function CopyLink() {
  return (
    <div data-copy-link hidden className="copy-link no-print flex flex-wrap items-center gap-2 text-sm">
      <button type="button" className="rounded border border-ink px-2 py-0.5">
        Copy link to this page
      </button>
      <span role="status" />
    </div>
  )
}
