'use client'

import { useId, useState, type ChangeEvent, type FormEvent } from 'react'
import { MAX_PROGRAMS, addProgram, nextProgramId, serializeWorksheet, type Worksheet, type WorksheetQuestion } from '@/lib/worksheet'
import { parseWorksheet, sizeError } from '@/lib/parse-worksheet'
import { WorksheetComparison } from './worksheet-comparison'
import { WorksheetProgram } from './worksheet-program'

interface Props {
  worksheet: Worksheet
  onChange: (next: Worksheet) => void
  questions: WorksheetQuestion[]
  signNames: Record<string, string>
  /** Shown as an alert when the page opens, e.g. that the saved worksheet could not be read. */
  initialProblem?: string
}

/** Add programs, answer the questions for each, compare, print, export, import, clear. */
export function WorksheetEditor({ worksheet, onChange, questions, signNames, initialProblem }: Props) {
  const [name, setName] = useState('')
  const [message, setMessage] = useState(initialProblem ? { text: initialProblem, isError: true } : null)
  const [isConfirmingClear, setConfirmingClear] = useState(false)
  const nameId = useId()
  const importId = useId()

  const say = (text: string, isError = false) => setMessage({ text, isError })
  const onAdd = (event: FormEvent) => {
    event.preventDefault()
    const result = addProgram(worksheet, name, nextProgramId(worksheet))
    if (!result.ok) return say(result.error, true)
    onChange(result.worksheet)
    setName('')
    say(`Added ${name.trim()}.`)
  }
  const onExport = () => {
    const url = URL.createObjectURL(new Blob([serializeWorksheet(worksheet)], { type: 'application/json' }))
    const link = Object.assign(document.createElement('a'), { href: url, download: 'iop-program-worksheet.json' })
    link.click()
    URL.revokeObjectURL(url)
    say('Saved the worksheet to a file. It stays on your device unless you share it.')
  }
  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    const tooLarge = sizeError(file.size)
    if (tooLarge) return say(tooLarge, true)
    const result = parseWorksheet(await file.text(), questions)
    if (!result.ok) return say(result.error, true)
    onChange(result.worksheet)
    say(`Opened ${file.name}: ${result.worksheet.programs.length} program(s).`)
  }

  return (
    <div className="space-y-8">
      <div className="no-print space-y-4">
        <form onSubmit={onAdd} className="flex flex-wrap items-end gap-2">
          <div className="flex grow flex-col">
            <label htmlFor={nameId} className="font-semibold">
              Program name ({worksheet.programs.length} of {MAX_PROGRAMS})
            </label>
            <input
              id={nameId}
              value={name}
              onChange={(e) => setName(e.target.value)}
              maxLength={120}
              className="rounded border border-ink p-2"
            />
          </div>
          <button
            type="submit"
            className="rounded border border-ink bg-paper-alt px-4 py-2 font-semibold"
            disabled={worksheet.programs.length >= MAX_PROGRAMS}
          >
            Add program
          </button>
        </form>
        <div role={message?.isError ? 'alert' : 'status'} className={message?.isError ? 'font-semibold text-grade-limited' : ''}>
          {message?.text}
        </div>
        <div className="flex flex-wrap gap-2">
          <button type="button" onClick={() => window.print()} className="rounded border border-ink px-3 py-1">
            Print the comparison
          </button>
          <button
            type="button"
            onClick={onExport}
            className="rounded border border-ink px-3 py-1"
            disabled={worksheet.programs.length === 0}
          >
            Save to a file
          </button>
          <label htmlFor={importId} className="cursor-pointer rounded border border-ink px-3 py-1 focus-within:outline-3">
            Open a saved file
            <input id={importId} type="file" accept="application/json,.json" onChange={onImport} className="sr-only" />
          </label>
          {isConfirmingClear ? (
            <span className="flex flex-wrap items-center gap-2">
              Delete every program and answer?
              <button
                type="button"
                className="rounded border-2 border-ink px-3 py-1 font-semibold"
                onClick={() => (
                  onChange({ ...worksheet, programs: [] }),
                  setConfirmingClear(false),
                  say('Cleared. Nothing is stored on this device now.')
                )}
              >
                Yes, clear all
              </button>
              <button type="button" className="rounded border border-ink px-3 py-1" onClick={() => setConfirmingClear(false)}>
                Cancel
              </button>
            </span>
          ) : (
            <button
              type="button"
              onClick={() => setConfirmingClear(true)}
              className="rounded border border-ink px-3 py-1"
              disabled={worksheet.programs.length === 0}
            >
              Clear all
            </button>
          )}
        </div>
      </div>

      {worksheet.programs.map((program) => (
        <WorksheetProgram
          key={program.id}
          program={program}
          worksheet={worksheet}
          onChange={onChange}
          onRemoved={() => say(`Removed ${program.name}.`)}
          questions={questions}
        />
      ))}

      {worksheet.programs.length > 0 ? <WorksheetComparison worksheet={worksheet} questions={questions} signNames={signNames} /> : null}
    </div>
  )
}
