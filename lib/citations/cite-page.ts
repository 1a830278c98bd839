import { prepareCitedMarkdown, type CitedMarkdown } from '../markdown/prepare-cited-markdown'
import { resolveCitation } from './resolve-citation'

/** A page's Markdown blocks, cited against the site's claims and sources. */
export function citePage(markdowns: string[]): CitedMarkdown {
  return prepareCitedMarkdown(markdowns, { resolve: resolveCitation })
}
