import type { CiteMarker } from '@/lib/citations/number-citations'
import type { CitationTarget } from '@/lib/citations/resolve-citation'
import { routes } from '@/lib/routes'
import { CitationDetails } from './citation-details'
import { CitePopover } from './cite-popover'

/** The numbered markers of one Pandoc citation ([@a; @b] gives two), each a real link to its Sources entry. */
export function CiteGroup({ markers, targets }: { markers: CiteMarker[]; targets: Record<string, CitationTarget> }) {
  return (
    <sup className="cite-group">
      {markers.map((marker) => (
        <CitePopover
          key={marker.backlinkId}
          id={marker.backlinkId}
          href={routes.sourceAnchor(marker.number)}
          title={`Source ${marker.number}`}
          label={
            <>
              [<span className="sr-only">Source </span>
              {marker.number}]
            </>
          }
        >
          <CitationDetails target={targets[marker.id]} locators={marker.locator ? [marker.locator] : []} />
        </CitePopover>
      ))}
    </sup>
  )
}
