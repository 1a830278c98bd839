import * as z from 'zod/mini'
import { parseVisitorJson } from '../safe-json'

/**
 * The /decide/ exercise's state and rules, apart from the page so they can be tested: what a person rated, their SURE
 * answers and notes, how each option fits what they rated, and reading a saved or imported file. This module ships to
 * the browser (public/decide.js), so it uses zod/mini.
 *
 * Options are never ranked or scored against each other: each keeps its place, and the aid lists, for each, which of
 * the things that matter to the person it fits, partly fits or does not fit.
 */

export const STORAGE_KEY = 'iop-guide-decision'
export const DECISION_VERSION = 1
export const MAX_DECISION_BYTES = 50_000

export const RATINGS = ['a-lot', 'a-little', 'not-much'] as const
export type Rating = (typeof RATINGS)[number]
export const RATING_LABELS: Record<Rating, string> = {
  'a-lot': 'Matters a lot',
  'a-little': 'Matters a little',
  'not-much': 'Does not matter much',
}

export const MATCHES = ['yes', 'partly', 'no'] as const
export type Match = (typeof MATCHES)[number]

/** The four SURE questions (Légaré et al. 2010), by a stable id; their wording comes from content/pages/decide.md. */
export const SURE_ITEMS = ['sure', 'understand', 'risk-benefit', 'encouragement'] as const
export type SureItem = (typeof SURE_ITEMS)[number]
export const SURE_ANSWERS = ['yes', 'no'] as const
export type SureAnswer = (typeof SURE_ANSWERS)[number]

const Id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(80))

export const DecisionSchema = z.strictObject({
  kind: z.literal('iop-guide-decision'),
  version: z.literal(DECISION_VERSION),
  /** By value id. A value that left the aid keeps its rating here (it is simply not shown). */
  ratings: z.record(Id, z.enum(RATINGS)),
  sure: z.partialRecord(z.enum(SURE_ITEMS), z.enum(SURE_ANSWERS)),
  /** The option the person is leaning towards, if any (an option id). */
  leaning: z.optional(Id),
  notes: z._default(z.string().check(z.maxLength(4000)), ''),
})
export type Decision = z.infer<typeof DecisionSchema>

export const emptyDecision = (): Decision => ({ kind: 'iop-guide-decision', version: DECISION_VERSION, ratings: {}, sure: {}, notes: '' })

/** An option as the exercise sees it: how it fits each value. */
export interface OptionFits {
  id: string
  fits: Record<string, Match>
}

/** For one option: the values the person rated, sorted by how much they matter and how the option fits them. */
export interface OptionMatch {
  id: string
  aLot: Record<Match, string[]>
  aLittle: Record<Match, string[]>
}

const byMatch = (): Record<Match, string[]> => ({ yes: [], partly: [], no: [] })

/**
 * How each option fits what the person rated, in the options' own order (never sorted by fit). Values rated "does not
 * matter much", values not rated, and values an option says nothing about are left out.
 */
export function matchOptions(options: readonly OptionFits[], valueIds: readonly string[], ratings: Decision['ratings']): OptionMatch[] {
  return options.map((option) => {
    const result: OptionMatch = { id: option.id, aLot: byMatch(), aLittle: byMatch() }
    for (const value of valueIds) {
      const rating = Object.hasOwn(ratings, value) ? ratings[value] : undefined
      const match = Object.hasOwn(option.fits, value) ? option.fits[value] : undefined
      if (!match || (rating !== 'a-lot' && rating !== 'a-little')) continue
      result[rating === 'a-lot' ? 'aLot' : 'aLittle'][match].push(value)
    }
    return result
  })
}

/** A label in the middle of a sentence: "Keep working" → "keep working", leaving "I" and names alone. */
export const lowerFirst = (label: string) => label.charAt(0).toLowerCase() + label.slice(1)

const list = (labels: string[]) => (labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`)

/** One plain sentence for an option, from what matters a lot: what it fits, partly fits and does not fit. */
export function describeMatch(match: OptionMatch, label: (valueId: string) => string): string {
  const { yes, partly, no } = match.aLot
  const total = yes.length + partly.length + no.length
  if (total === 0) return 'You have not said that anything this option touches matters a lot to you.'
  const parts = [
    yes.length ? `fits ${list(yes.map(label))}` : '',
    partly.length ? `partly fits ${list(partly.map(label))}` : '',
    no.length ? `does not fit ${list(no.map(label))}` : '',
  ].filter(Boolean)
  return `Of the ${total === 1 ? 'thing' : `${total} things`} you said matter a lot, this option ${list(parts)}.`
}

/** The SURE test: every item answered yes, some answered no (the ones listed), or not all answered yet. */
export function sureOutcome(sure: Decision['sure']): { state: 'all-yes' } | { state: 'some-no'; no: SureItem[] } | { state: 'unanswered' } {
  const no = SURE_ITEMS.filter((item) => sure[item] === 'no')
  if (no.length > 0) return { state: 'some-no', no }
  return SURE_ITEMS.every((item) => sure[item] === 'yes') ? { state: 'all-yes' } : { state: 'unanswered' }
}

export type DecisionResult = { ok: true; decision: Decision } | { ok: false; error: string }

/** Reads a saved or imported decision file: too large, unsafe, newer or damaged files are refused, and nothing changes. */
export function parseDecision(text: string): DecisionResult {
  const json = parseVisitorJson(text, MAX_DECISION_BYTES, 'a decision aid file')
  if (!json.ok) return json
  const header = z.looseObject({ kind: z.literal('iop-guide-decision'), version: z.int() }).safeParse(json.data)
  if (header.success && header.data.version > DECISION_VERSION)
    return {
      ok: false,
      error: 'This file was saved by a newer version of this site. Reload the page and open it again. Nothing was changed.',
    }
  const decision = DecisionSchema.safeParse(json.data)
  if (!decision.success)
    return { ok: false, error: 'This file is not a decision aid file saved from this site, or it is damaged. Nothing was changed.' }
  return { ok: true, decision: decision.data }
}

export const serializeDecision = (decision: Decision) => `${JSON.stringify(decision, null, 2)}\n`
