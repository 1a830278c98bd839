'use client'

import { useRef, useState, type ReactNode } from 'react'

interface Option {
  value: string
  label: string
}

/**
 * Filters a server-rendered list by grade and topic. Items carry data-grade and data-topic; this only
 * sets the choice on the wrapper and hides what does not match. Without JavaScript every item shows.
 */
export function ClaimFilters({
  grades,
  topics,
  total,
  children,
}: {
  grades: Option[]
  topics: Option[]
  total: number
  children: ReactNode
}) {
  const [grade, setGrade] = useState('')
  const [topic, setTopic] = useState('')
  const [shown, setShown] = useState(total)
  const list = useRef<HTMLDivElement>(null)

  const filter = (nextGrade: string, nextTopic: string) => {
    setGrade(nextGrade)
    setTopic(nextTopic)
    let count = 0
    for (const item of list.current?.querySelectorAll<HTMLElement>('[data-topic]') ?? []) {
      const isMatch = (!nextGrade || item.dataset.grade === nextGrade) && (!nextTopic || item.dataset.topic === nextTopic)
      item.hidden = !isMatch
      if (isMatch) count += 1
    }
    setShown(count)
  }

  return (
    <>
      <form className="no-print mb-6 flex flex-wrap items-end gap-4 rounded border border-rule p-4" onSubmit={(e) => e.preventDefault()}>
        <div className="flex flex-col">
          <label htmlFor="filter-grade" className="font-semibold">
            Strength of evidence
          </label>
          <select id="filter-grade" value={grade} onChange={(e) => filter(e.target.value, topic)} className="rounded border border-ink p-1">
            <option value="">All</option>
            {grades.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col">
          <label htmlFor="filter-topic" className="font-semibold">
            Topic
          </label>
          <select id="filter-topic" value={topic} onChange={(e) => filter(grade, e.target.value)} className="rounded border border-ink p-1">
            <option value="">All</option>
            {topics.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <p role="status" className="text-sm">
          Showing {shown} of {total} claims
        </p>
      </form>
      <div ref={list}>{children}</div>
    </>
  )
}
