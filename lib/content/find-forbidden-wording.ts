/** Words the site never uses, each with the plain alternative the check suggests. */
export const FORBIDDEN_WORDING: { pattern: RegExp; instead: string }[] = [
  { pattern: /\baddicts?\b/i, instead: 'person with a substance use disorder' },
  { pattern: /\babusers?\b/i, instead: 'person who uses drugs / person with a substance use disorder' },
  { pattern: /\bsubstance abuse\b/i, instead: 'substance use (or substance use disorder)' },
  { pattern: /\b(?:an|the|a recovering) alcoholic\b|\balcoholics\b(?!\s+anonymous)/i, instead: 'person with an alcohol use disorder' },
  { pattern: /\bjunkies?\b/i, instead: 'person who uses drugs' },
  { pattern: /\bdirty\b/i, instead: '"positive test" (about tests) or "using" (about a person)' },
  { pattern: /\bclean\b/i, instead: '"negative test" (about tests) or "not using", "in recovery" (about a person)' },
  { pattern: /\bproven\b/i, instead: 'the grade words: "results in", "probably", "may"' },
  { pattern: /\bhighly effective\b/i, instead: 'the grade words: "results in", "probably", "may"' },
  { pattern: /\bguarantee(?:d|s)?\b/i, instead: 'say what the evidence shows and how sure it is' },
  { pattern: /\bmiracle\b|\bcures?\b/i, instead: '"treats", "helps", or the grade words' },
]

/** Phrases that sound like evidence: allowed only in a sentence that carries a citation. */
const NEEDS_CITATION = /\b(?:studies|research) (?:have |has )?(?:shows?|shown|found|proves?)\b/i

export interface WordingHit {
  line: number
  message: string
}

/** Quoted text (a marketing claim as sites word it) is exempt: the site quotes in order to check it. */
const stripQuotes = (line: string) => line.replace(/“[^”]*”|"[^"]*"/g, '""')

/** Finds stigmatising words and unsupported superlatives, line by line, with the alternative to use. */
export function findForbiddenWording(text: string, firstLine = 1): WordingHit[] {
  const hits: WordingHit[] = []
  text.split('\n').forEach((raw, index) => {
    const line = stripQuotes(raw)
    for (const { pattern, instead } of FORBIDDEN_WORDING) {
      const match = pattern.exec(line)
      if (match) hits.push({ line: firstLine + index, message: `"${match[0]}" is not our wording (write ${instead})` })
    }
    for (const sentence of line.split(/(?<=[.!?])\s+/)) {
      const match = NEEDS_CITATION.exec(sentence)
      if (match && !sentence.includes('[@'))
        hits.push({
          line: firstLine + index,
          message: `"${match[0]}" without a citation (add [@claim-id] to the sentence, or drop the phrase)`,
        })
    }
  })
  return hits
}
