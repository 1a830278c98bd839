import type { Root } from 'hast'
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime'
import { Fragment, jsx, jsxs } from 'react/jsx-runtime'
import { isSafeHref } from '@/lib/markdown/inspect-markdown'
import type { CitedMarkdown } from '@/lib/markdown/prepare-cited-markdown'
import { CiteGroup } from '../citations/cite-group'
import { IconArray } from '../figures/icon-array'

/** Renders a prepared Markdown tree as React, with citation groups as CiteGroup, figure blocks as SVG, and only safe links. */
export function MarkdownBody({ tree, cited }: { tree: Root; cited: Pick<CitedMarkdown, 'markers' | 'targets'> }) {
  const components = {
    'cite-group': ({ group }: { group: number }) => <CiteGroup markers={cited.markers[Number(group)]} />,
    'figure-block': ({ count, label, children }: { count: string; label: string; children?: React.ReactNode }) => (
      <IconArray count={Number(count)} label={label}>
        {children}
      </IconArray>
    ),
    a: ({ href, children, ...rest }: { href?: string; children?: React.ReactNode; className?: string; title?: string }) =>
      href && isSafeHref(href) ? (
        <a href={href} {...rest}>
          {children}
        </a>
      ) : (
        <>{children}</>
      ),
  } as unknown as Partial<Components>
  return toJsxRuntime(tree, { Fragment, jsx, jsxs, components, passKeys: true })
}
