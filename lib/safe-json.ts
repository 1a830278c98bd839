/** Reading JSON a visitor hands us (a file they chose, or what the browser saved): refused before it can do harm. */

// Keys that could reach an object's prototype. JSON.parse keeps them as plain keys, but copying them into
// an object (as validation does) drops "__proto__" silently, so the whole file is refused instead.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

export type JsonResult = { ok: true; data: unknown } | { ok: false; error: string }

/**
 * Parses `text` as JSON of at most `maxBytes`, refusing prototype keys. `what` names the file in messages ("a worksheet");
 * every refusal ends "Nothing was changed."
 */
export function parseVisitorJson(text: string, maxBytes: number, what: string): JsonResult {
  if (new TextEncoder().encode(text).length > maxBytes)
    return { ok: false, error: `This file is too large to be ${what} from this site. Nothing was changed.` }
  const forbidden: string[] = []
  let data: unknown
  try {
    data = JSON.parse(text, (key, value: unknown) => (FORBIDDEN_KEYS.has(key) && forbidden.push(key), value))
  } catch {
    return { ok: false, error: `This file is not ${what} saved from this site (it is not readable JSON). Nothing was changed.` }
  }
  if (forbidden.length > 0)
    return {
      ok: false,
      error: `This file contains “${forbidden[0]}”, which ${what} never uses, so it was not opened. Nothing was changed.`,
    }
  return { ok: true, data }
}
