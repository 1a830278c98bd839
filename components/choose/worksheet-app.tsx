'use client'

import { useState, type ReactNode } from 'react'
import { useIsBrowser } from '../use-is-browser'
import { STORAGE_KEY, emptyWorksheet, parseWorksheet, serializeWorksheet, type Worksheet } from '@/lib/worksheet'
import { WorksheetEditor } from './worksheet-editor'

export interface WorksheetQuestion {
  id: string
  text: string
  sign?: string
}

/** Reads the saved worksheet; anything unreadable starts afresh rather than breaking the page. */
function loadSaved(questionIds: string[]): Worksheet {
  const saved = window.localStorage.getItem(STORAGE_KEY)
  if (!saved) return emptyWorksheet()
  const result = parseWorksheet(saved, questionIds)
  return result.ok ? result.worksheet : emptyWorksheet()
}

/**
 * The worksheet, kept only in this browser's localStorage. Without JavaScript the server-rendered
 * `fallback` (a printable blank worksheet) shows instead.
 */
export function WorksheetApp({
  questions,
  signNames,
  fallback,
}: {
  questions: WorksheetQuestion[]
  signNames: Record<string, string>
  fallback: ReactNode
}) {
  const isBrowser = useIsBrowser()
  if (!isBrowser) return <>{fallback}</>
  return <SavedWorksheet questions={questions} signNames={signNames} />
}

function SavedWorksheet({ questions, signNames }: { questions: WorksheetQuestion[]; signNames: Record<string, string> }) {
  const questionIds = questions.map((q) => q.id)
  const [worksheet, setWorksheet] = useState(() => loadSaved(questionIds))
  const save = (next: Worksheet) => {
    setWorksheet(next)
    if (next.programs.length === 0) window.localStorage.removeItem(STORAGE_KEY)
    else window.localStorage.setItem(STORAGE_KEY, serializeWorksheet(next))
  }
  return <WorksheetEditor worksheet={worksheet} onChange={save} questions={questions} signNames={signNames} />
}
