'use client'

import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react'

interface CitePopoverProps {
  /** The marker's own id: the Sources list links back to it. */
  id: string
  /** Where the marker goes without JavaScript: its entry in the Sources list. */
  href: string
  /** The marker's visible text and accessible name. */
  label: ReactNode
  /** Accessible name of the popover, e.g. "Source 3". */
  title: string
  /** The popover's content, rendered on the server. */
  children: ReactNode
}

/**
 * A citation marker that, with JavaScript, opens its details in place instead of jumping to the
 * Sources list. Opens on click, tap, Enter; Escape or Close shuts it and returns focus to the marker.
 */
export function CitePopover({ id, href, label, title, children }: CitePopoverProps) {
  const [isOpen, setOpen] = useState(false)
  const wrapper = useRef<HTMLSpanElement>(null)
  const marker = useRef<HTMLAnchorElement>(null)
  const panel = useRef<HTMLSpanElement>(null)
  const panelId = `${id}-panel`

  useEffect(() => {
    if (!isOpen) return
    panel.current?.focus()
    const closeIfOutside = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', closeIfOutside)
    return () => document.removeEventListener('pointerdown', closeIfOutside)
  }, [isOpen])

  const close = () => {
    setOpen(false)
    marker.current?.focus()
  }
  const onMarkerClick = (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return // let "open in new tab" work
    event.preventDefault()
    setOpen((open) => !open)
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && isOpen) {
      event.stopPropagation()
      close()
    }
  }
  const onBlur = (event: React.FocusEvent) => {
    // Tabbing out of the popover closes it without pulling focus back.
    if (isOpen && !wrapper.current?.contains(event.relatedTarget as Node | null) && event.relatedTarget !== null) setOpen(false)
  }

  return (
    <span ref={wrapper} className="cite" onKeyDown={onKeyDown} onBlur={onBlur}>
      <a
        ref={marker}
        id={id}
        href={href}
        className="cite-marker"
        aria-haspopup="dialog"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={onMarkerClick}
      >
        {label}
      </a>
      <span
        ref={panel}
        id={panelId}
        role="dialog"
        aria-label={title}
        tabIndex={-1}
        hidden={!isOpen}
        className="cite-panel"
        data-pagefind-ignore
      >
        {children}
        <button type="button" className="cite-close" onClick={close}>
          Close
        </button>
      </span>
    </span>
  )
}
