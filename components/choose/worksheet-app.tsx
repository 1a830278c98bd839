'use client'

import { useState, type ReactNode } from 'react'
import { useIsBrowser } from '../use-is-browser'
import { STORAGE_KEY, emptyWorksheet, serializeWorksheet, type Worksheet, type WorksheetQuestion } from '@/lib/worksheet'
import { parseWorksheet } from '@/lib/parse-worksheet'
import { WorksheetEditor } from './worksheet-editor'

const UNREADABLE_KEY = `${STORAGE_KEY}-unreadable`

/**
 * Reads the saved worksheet (older versions are migrated). One that still cannot be read is copied aside,
 * never deleted, and the page starts afresh and says so.
 */
function loadSaved(questions: WorksheetQuestion[]): { worksheet: Worksheet; problem?: string } {
  const saved = window.localStorage.getItem(STORAGE_KEY)
  if (!saved) return { worksheet: emptyWorksheet() }
  const result = parseWorksheet(saved, questions)
  if (result.ok) return { worksheet: result.worksheet }
  window.localStorage.setItem(UNREADABLE_KEY, saved)
  return {
    worksheet: emptyWorksheet(),
    problem: 'Your saved worksheet could not be read, so this is a new one. The old copy is kept, unchanged, in this browser.',
  }
}

/**
 * The worksheet, kept only in this browser's localStorage. Without JavaScript, and until the page is
 * ready, the server-rendered `fallback` (a printable blank worksheet) shows instead; `data-ready`
 * turns "true" once the worksheet works.
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
  return (
    <div data-worksheet="" data-ready={String(isBrowser)}>
      {isBrowser ? <SavedWorksheet questions={questions} signNames={signNames} /> : fallback}
    </div>
  )
}

function SavedWorksheet({ questions, signNames }: { questions: WorksheetQuestion[]; signNames: Record<string, string> }) {
  const [loaded] = useState(() => loadSaved(questions))
  const [worksheet, setWorksheet] = useState(loaded.worksheet)
  const save = (next: Worksheet) => {
    setWorksheet(next)
    if (next.programs.length === 0) window.localStorage.removeItem(STORAGE_KEY)
    else window.localStorage.setItem(STORAGE_KEY, serializeWorksheet(next))
  }
  return (
    <WorksheetEditor worksheet={worksheet} onChange={save} questions={questions} signNames={signNames} initialProblem={loaded.problem} />
  )
}
