/** Wikipedia-style back-link labels: a, b, … z, aa, ab… One citation needs no letters (the caret links back). */
export function backlinkLabels(count: number): string[] {
  if (count <= 1) return []
  return Array.from({ length: count }, (_, i) => toLetters(i))
}

function toLetters(index: number): string {
  let n = index
  let label = ''
  do {
    label = String.fromCharCode(97 + (n % 26)) + label
    n = Math.floor(n / 26) - 1
  } while (n >= 0)
  return label
}
