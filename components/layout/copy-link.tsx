'use client'

import { useState } from 'react'
import { useIsBrowser } from '../use-is-browser'

/**
 * Copies the page's canonical address. Hidden until JavaScript runs; if the clipboard is refused or
 * missing, it shows the address in a field to copy by hand.
 */
export function CopyLink({ siteUrl }: { siteUrl: string }) {
  const isBrowser = useIsBrowser()
  const [status, setStatus] = useState<'idle' | 'copied' | 'manual'>('idle')
  if (!isBrowser) return null
  const url = `${siteUrl}${window.location.pathname}`
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url)
      setStatus('copied')
    } catch {
      setStatus('manual')
    }
  }
  return (
    <div className="copy-link no-print flex flex-wrap items-center gap-2 text-sm">
      <button type="button" onClick={copy} className="rounded border border-ink px-2 py-0.5">
        Copy link to this page
      </button>
      <span role="status">{status === 'copied' ? 'Link copied.' : ''}</span>
      {status === 'manual' ? (
        <label className="flex w-full flex-col">
          Copying is not available here. Select the address and copy it:
          <input readOnly value={url} onFocus={(e) => e.currentTarget.select()} className="rounded border border-ink p-1" autoFocus />
        </label>
      ) : null}
    </div>
  )
}
