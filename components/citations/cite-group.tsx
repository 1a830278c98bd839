import type { CiteMarker } from '@/lib/citations/number-citations'
import { routes } from '@/lib/routes'

/**
 * The numbered markers of one Pandoc citation ([@a; @b] gives two), each a real link to its Sources entry (JavaScript off,
 * print). public/enhance.js opens the entry's details in place, so each source's details are on the page once.
 */
export function CiteGroup({ markers }: { markers: CiteMarker[] }) {
  return (
    <sup className="cite-group">
      {markers.map((marker) => (
        <span key={marker.backlinkId} className="cite">
          <a
            id={marker.backlinkId}
            href={routes.sourceAnchor(marker.number)}
            className="cite-marker"
            data-title={`Source ${marker.number}`}
          >
            [<span className="sr-only">Source </span>
            {marker.number}]
          </a>
        </span>
      ))}
    </sup>
  )
}
