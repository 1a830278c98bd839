import type { ShownSource } from '@/lib/citations/resolve-citation'

/** One source: type label, APA reference, locator and identifier links. Phrasing content only, so it fits in a popover. */
export function SourceReference({ source }: { source: ShownSource }) {
  return (
    <span className="block">
      <span className="block text-xs font-semibold tracking-wide uppercase">{source.typeLabel}</span>
      <span className="block">{source.reference}</span>
      {source.locator ? <span className="block text-sm">Where: {source.locator}</span> : null}
      {source.supports ? <span className="block text-sm">What it shows: {source.supports}</span> : null}
      {source.links.length > 0 ? (
        <span className="block text-sm">
          {source.links.map((link, i) => (
            <span key={link.href}>
              {i > 0 ? ' · ' : null}
              <a href={link.href} className="break-all">
                {link.label === 'Web page' ? link.text : `${link.label}: ${link.text.replace(/^doi:|^PMID /, '')}`}
              </a>
            </span>
          ))}
        </span>
      ) : null}
    </span>
  )
}
