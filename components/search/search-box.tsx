'use client'

import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react'
import { useIsBrowser } from '../use-is-browser'

interface Result {
  url: string
  title: string
  excerpt: string
}
interface Pagefind {
  search: (term: string) => Promise<{ results: { data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }> }[] }>
}

// Loaded from the site itself at run time, never bundled: out/pagefind/ is written after the build.
const PAGEFIND_URL = '/pagefind/pagefind.js'

/** Pagefind's excerpts mark matches with <mark>; everything else is shown as text, never as HTML. */
function renderExcerpt(excerpt: string): ReactNode[] {
  const decode = (s: string) =>
    s
      .replace(/<[^>]*>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&')
  return excerpt.split(/<mark>([\s\S]*?)<\/mark>/).map((part, i) => (i % 2 === 1 ? <mark key={i}>{decode(part)}</mark> : decode(part)))
}

/** Site search over the Pagefind index. Without JavaScript the fallback children show instead. */
export function SearchBox({ fallback }: { fallback: ReactNode }) {
  const isBrowser = useIsBrowser()
  // Arriving from the header's search form: /search/?q=… (read once, in the browser only).
  const [query, setQuery] = useState(() =>
    typeof window === 'undefined' ? '' : (new URLSearchParams(window.location.search).get('q') ?? ''),
  )
  const initialQuery = useRef(query)
  const [results, setResults] = useState<Result[] | null>(null)
  const [status, setStatus] = useState('')
  const pagefind = useRef<Pagefind | null>(null)
  const inputId = useId()

  const runSearch = async (term: string) => {
    if (!term.trim()) {
      setResults(null)
      setStatus('')
      return
    }
    setStatus('Searching…')
    pagefind.current ??= (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ PAGEFIND_URL)) as Pagefind
    const found = await pagefind.current.search(term)
    const data = await Promise.all(found.results.slice(0, 20).map((r) => r.data()))
    setResults(data.map((d) => ({ url: d.url, title: d.meta.title ?? d.url, excerpt: d.excerpt })))
    setStatus(
      found.results.length === 0
        ? `No pages match “${term}”.`
        : `${found.results.length} ${found.results.length === 1 ? 'page matches' : 'pages match'} “${term}”.`,
    )
  }

  useEffect(() => {
    if (initialQuery.current) void runSearch(initialQuery.current)
  }, [])

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    window.history.replaceState(null, '', `?q=${encodeURIComponent(query)}`)
    void runSearch(query)
  }

  if (!isBrowser) return <>{fallback}</>
  return (
    <div>
      <form role="search" aria-label="Search this site" onSubmit={onSubmit} className="flex flex-wrap items-end gap-2">
        <div className="flex grow flex-col">
          <label htmlFor={inputId} className="font-semibold">
            Search the site
          </label>
          <input
            id={inputId}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            className="rounded border border-ink p-2"
            autoComplete="off"
          />
        </div>
        <button type="submit" className="rounded border border-ink bg-paper-alt px-4 py-2 font-semibold">
          Search
        </button>
      </form>
      <p role="status" className="mt-3">
        {status}
      </p>
      {results && results.length > 0 ? (
        <ol className="mt-4 space-y-4">
          {results.map((r) => (
            <li key={r.url}>
              <a href={r.url} className="font-semibold">
                {r.title}
              </a>
              <p className="text-sm">{renderExcerpt(r.excerpt)}</p>
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  )
}
