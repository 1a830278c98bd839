/**
 * The /decide/ exercise in the browser (bundled to public/decide.js by scripts/build-browser-scripts.ts): the page's
 * form works on paper without it; with it, answers are kept on this device (localStorage), each option shows how it
 * fits what the person rated, the SURE result appears, and answers can be downloaded, opened again and cleared.
 * Nothing leaves the device.
 */
import {
  MAX_DECISION_BYTES,
  RATINGS,
  STORAGE_KEY,
  SURE_ANSWERS,
  SURE_ITEMS,
  describeMatch,
  emptyDecision,
  matchOptions,
  parseDecision,
  serializeDecision,
  sureOutcome,
  type Decision,
  type Match,
  type OptionFits,
} from './decision'

const all = <T extends Element = HTMLElement>(root: ParentNode, selector: string) =>
  [...root.querySelectorAll<T & Element>(selector)] as T[]

function start(form: HTMLFormElement) {
  const controls = document.querySelector<HTMLElement>('[data-decide-controls]')
  const status = document.querySelector<HTMLElement>('[data-decide-status]')
  const valueIds = all(form, '[data-value]').map((f) => f.dataset.value!)
  const labels = new Map(all(form, '[data-value]').map((f) => [f.dataset.value!, f.dataset.valueLabel ?? f.dataset.value!]))
  const options: OptionFits[] = all(document, '[data-option]').map((o) => ({
    id: o.dataset.option!,
    fits: Object.fromEntries(all(o, '[data-fit]').map((li) => [li.dataset.fit!, li.dataset.match as Match])),
  }))
  // Ratings of values that left the aid are kept as they were saved.
  let kept: Decision = emptyDecision()

  const say = (message: string) => {
    if (status) status.textContent = message
  }

  function read(): Decision {
    const data = new FormData(form)
    const ratings = { ...kept.ratings }
    for (const id of valueIds) {
      const r = data.get(`rating-${id}`)
      if (RATINGS.includes(r as never)) ratings[id] = r as (typeof RATINGS)[number]
      else delete ratings[id]
    }
    const sure: Decision['sure'] = {}
    for (const item of SURE_ITEMS) {
      const a = data.get(`sure-${item}`)
      if (SURE_ANSWERS.includes(a as never)) sure[item] = a as (typeof SURE_ANSWERS)[number]
    }
    const leaning = String(data.get('leaning') ?? '')
    return { ...emptyDecision(), ratings, sure, leaning: leaning || undefined, notes: String(data.get('notes') ?? '').slice(0, 4000) }
  }

  function fill(decision: Decision) {
    kept = decision
    for (const input of all<HTMLInputElement>(form, 'input[type="radio"]')) {
      const [kind, ...rest] = input.name.split('-')
      const key = rest.join('-')
      const chosen =
        kind === 'rating' ? decision.ratings[key] : kind === 'sure' ? decision.sure[key as (typeof SURE_ITEMS)[number]] : undefined
      input.checked = Object.hasOwn(kind === 'rating' ? decision.ratings : decision.sure, key) && chosen === input.value
    }
    const leaning = form.elements.namedItem('leaning') as HTMLSelectElement | null
    if (leaning) leaning.value = decision.leaning && [...leaning.options].some((o) => o.value === decision.leaning) ? decision.leaning : ''
    const notes = form.elements.namedItem('notes') as HTMLTextAreaElement | null
    if (notes) notes.value = decision.notes
  }

  function render(decision: Decision) {
    const rated = valueIds.some((id) => decision.ratings[id] === 'a-lot' || decision.ratings[id] === 'a-little')
    for (const match of matchOptions(options, valueIds, decision.ratings)) {
      const option = document.querySelector<HTMLElement>(`[data-option="${match.id}"]`)!
      const summary = option.querySelector<HTMLElement>('[data-option-summary]')
      if (summary) {
        summary.hidden = !rated
        summary.textContent = rated ? describeMatch(match, (id) => labels.get(id) ?? id) : ''
      }
      for (const li of all(option, '[data-fit]')) {
        const rating = Object.hasOwn(decision.ratings, li.dataset.fit!) ? decision.ratings[li.dataset.fit!] : undefined
        li.hidden = rated && rating !== 'a-lot' && rating !== 'a-little'
        if (rating) li.dataset.importance = rating
        else delete li.dataset.importance
      }
    }
    const outcome = sureOutcome(decision.sure)
    for (const el of all(document, '[data-sure-state]')) el.hidden = el.dataset.sureState !== outcome.state
  }

  function save(decision: Decision) {
    try {
      localStorage.setItem(STORAGE_KEY, serializeDecision(decision))
      return true
    } catch {
      say('Your browser would not save your answers on this device. Download them to keep them.')
      return false
    }
  }

  const stored = (() => {
    try {
      return localStorage.getItem(STORAGE_KEY)
    } catch {
      return null
    }
  })()
  if (stored) {
    const result = parseDecision(stored)
    if (result.ok) fill(result.decision)
    else say('Your saved answers could not be read, so they were left as they were. Download a copy, or clear them to start again.')
  }
  render(read())
  if (controls) controls.hidden = false

  const onChange = () => {
    const decision = read()
    kept = decision
    render(decision)
    if (save(decision)) say('Saved on this device.')
  }
  form.addEventListener('change', onChange)
  form.addEventListener('input', (event) => {
    if ((event.target as HTMLElement).tagName === 'TEXTAREA') onChange()
  })

  document.querySelector('[data-decide-export]')?.addEventListener('click', () => {
    const url = URL.createObjectURL(new Blob([serializeDecision(read())], { type: 'application/json' }))
    const link = Object.assign(document.createElement('a'), { href: url, download: 'what-matters-to-me.json' })
    document.body.append(link)
    link.click()
    link.remove()
    setTimeout(() => URL.revokeObjectURL(url), 0)
    say('Your answers were downloaded as what-matters-to-me.json.')
  })

  const file = document.querySelector<HTMLInputElement>('[data-decide-import]')
  file?.addEventListener('change', async () => {
    const chosen = file.files?.[0]
    file.value = ''
    if (!chosen) return
    if (chosen.size > MAX_DECISION_BYTES)
      return say('This file is too large to be a decision aid file from this site. Nothing was changed.')
    const result = parseDecision(await chosen.text())
    if (!result.ok) return say(result.error)
    fill(result.decision)
    render(result.decision)
    save(result.decision)
    say('Your answers were opened from the file and saved on this device.')
  })

  document.querySelector('[data-decide-clear]')?.addEventListener('click', () => {
    if (!window.confirm('Clear all your answers from this device? This cannot be undone.')) return
    try {
      localStorage.removeItem(STORAGE_KEY)
    } catch {
      // Nothing was stored.
    }
    fill(emptyDecision())
    render(emptyDecision())
    say('Your answers were cleared from this device.')
  })
}

const form = document.querySelector<HTMLFormElement>('[data-decide-form]')
if (form) start(form)
