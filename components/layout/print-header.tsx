import { formatDate } from '@/lib/format-date'
import { qrCodePath } from '@/lib/qr-code'
import { site } from '@/lib/site'

/** Shown only on paper: where the page lives and when it was checked, with a QR code to its address. */
export function PrintHeader({ path, lastReviewed, label }: { path: string; lastReviewed?: string; label?: string }) {
  const url = `${site.url}${path}`
  const qr = qrCodePath(url)
  const quiet = 4 // the blank margin QR readers need
  return (
    <div className="print-header mb-6 hidden items-center gap-4 border-b border-ink pb-3 print:flex">
      <svg
        role="img"
        aria-label={`QR code for ${url}`}
        viewBox={`${-quiet} ${-quiet} ${qr.size + 2 * quiet} ${qr.size + 2 * quiet}`}
        width="96"
        height="96"
        shapeRendering="crispEdges"
        className="qr-code shrink-0"
      >
        <rect x={-quiet} y={-quiet} width={qr.size + 2 * quiet} height={qr.size + 2 * quiet} fill="#fff" />
        <path d={qr.d} fill="#000" />
      </svg>
      <p className="text-sm">
        {site.name}
        <br />
        {label ? (
          <>
            {label}
            <br />
          </>
        ) : null}
        <span className="print-url font-semibold">{url}</span>
        {lastReviewed ? (
          <>
            <br />
            Last reviewed <time dateTime={lastReviewed}>{formatDate(lastReviewed)}</time>
          </>
        ) : null}
      </p>
    </div>
  )
}
