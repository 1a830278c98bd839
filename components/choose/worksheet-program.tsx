'use client'

import { useId } from 'react'
import {
  ANSWERS,
  ANSWER_LABELS,
  GOOD_ANSWER_LABELS,
  removeAnswer,
  removeProgram,
  renameProgram,
  retiredAnswers,
  retiredWording,
  setAnswer,
  type Program,
  type Worksheet,
  type WorksheetQuestion,
} from '@/lib/worksheet'

interface Props {
  program: Program
  worksheet: Worksheet
  onChange: (next: Worksheet) => void
  onRemoved: () => void
  questions: WorksheetQuestion[]
}

/** One program: rename or remove it, answer each question, and see answers to questions the guide no longer asks. */
export function WorksheetProgram({ program, worksheet, onChange, onRemoved, questions }: Props) {
  const retired = retiredAnswers(program, questions)
  const retiredId = useId()
  return (
    <details open className="no-print rounded border border-rule p-4">
      <summary className="cursor-pointer text-xl font-bold">{program.name}</summary>
      <div className="mt-3 flex flex-wrap items-end gap-2">
        <label className="flex flex-col">
          Rename
          <input
            defaultValue={program.name}
            onBlur={(e) => onChange(renameProgram(worksheet, program.id, e.target.value))}
            className="rounded border border-ink p-1"
          />
        </label>
        <button
          type="button"
          className="rounded border border-ink px-3 py-1"
          onClick={() => (onChange(removeProgram(worksheet, program.id)), onRemoved())}
        >
          Remove {program.name}
        </button>
      </div>
      <ol className="mt-4 space-y-4">
        {questions.map((q) => {
          const current = program.answers[q.id]
          // An open question's answer in words, or a yes-no question's notes: both are the answer's notes.
          const notes = (label: string) => (
            <label className="mt-1 flex flex-col text-sm">
              {label}
              <textarea
                value={current?.notes ?? ''}
                onChange={(e) => onChange(setAnswer(worksheet, program.id, q, { notes: e.target.value }))}
                rows={2}
                className="rounded border border-ink p-1"
              />
            </label>
          )
          return (
            <li key={q.id}>
              <fieldset>
                <legend className="font-semibold">{q.text}</legend>
                {q.open ? notes('What they said') : null}
                <div className="mt-1 flex flex-wrap gap-x-4">
                  {q.open ? <span className="w-full text-sm">Does it sound like a good answer?</span> : null}
                  {ANSWERS.map((a) => (
                    <label key={a} className="flex min-h-11 items-center gap-1">
                      <input
                        type="radio"
                        name={`${program.id}-${q.id}`}
                        checked={current?.answer === a}
                        onChange={() => onChange(setAnswer(worksheet, program.id, q, { answer: a }))}
                        className="h-5 w-5"
                      />
                      {q.open ? GOOD_ANSWER_LABELS[a] : ANSWER_LABELS[a]}
                    </label>
                  ))}
                </div>
                {q.open ? null : notes('Notes')}
              </fieldset>
            </li>
          )
        })}
      </ol>
      {retired.length > 0 ? (
        <div className="mt-6 rounded border border-rule bg-paper-alt p-3">
          <p id={retiredId} className="font-semibold">
            No longer in the guide
          </p>
          <p className="text-sm">The guide no longer asks these questions. Your answers are kept as you gave them.</p>
          <ul aria-labelledby={retiredId} className="mt-2 space-y-3">
            {retired.map((a) => (
              <li key={a.id}>
                <p className="font-semibold">{retiredWording(a)}</p>
                <p>
                  {a.answer ? ANSWER_LABELS[a.answer] : 'Not answered'}
                  {a.notes ? `. Notes: ${a.notes}` : ''}
                </p>
                <button
                  type="button"
                  className="mt-1 rounded border border-ink px-3 py-1 text-sm"
                  onClick={() => onChange(removeAnswer(worksheet, program.id, a.id))}
                >
                  Delete this answer<span className="sr-only"> for {program.name}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </details>
  )
}
