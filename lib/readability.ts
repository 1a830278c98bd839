import type { Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { syllable } from 'syllable'
import { visit } from 'unist-util-visit'

export interface SentenceScore {
  text: string
  words: number
  grade: number
}

export interface Readability {
  /** Flesch–Kincaid grade level of the whole body. */
  grade: number
  sentences: number
  words: number
  /** Share (0–1) of sentences over 20 words. */
  longSentenceShare: number
  /** Share (0–1) of prose paragraphs (not list items) over 3 sentences. */
  longParagraphShare: number
  /** The hardest sentences first, for the writer to rework. */
  worstSentences: SentenceScore[]
}

const WORD = /[A-Za-z0-9][A-Za-z0-9'’-]*/g

export const fleschKincaidGrade = (words: number, sentences: number, syllables: number) =>
  words === 0 || sentences === 0 ? 0 : 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59

const countSyllables = (word: string) => Math.max(1, syllable(word))

/** Splits prose into sentences at . ! ? followed by space; a list item without a full stop is one sentence. */
export function splitSentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:!?])/g, '$1') // a removed citation leaves a space before the full stop
    .split(/(?<=[.!?])["”’)\]]*\s+(?=["“(]?[A-Z0-9])/)
    .map((s) => s.trim())
    .filter((s) => WORD.test(s) && ((WORD.lastIndex = 0), true))
}

function scoreSentence(text: string): SentenceScore {
  const words = text.match(WORD) ?? []
  const syllables = words.reduce((sum, w) => sum + countSyllables(w), 0)
  return { text, words: words.length, grade: fleschKincaidGrade(words.length, 1, syllables) }
}

/** Measures the prose of a Markdown body: paragraphs and list items, not headings, tables or code. */
export function measureReadability(tree: Root): Readability {
  const sentences: SentenceScore[] = []
  let paragraphs = 0
  let longParagraphs = 0
  visit(tree, 'paragraph', (node, _index, parent) => {
    const found = splitSentences(toString(node)).map(scoreSentence)
    sentences.push(...found)
    if (parent?.type !== 'listItem') {
      paragraphs += 1
      if (found.length > 3) longParagraphs += 1
    }
  })
  const words = sentences.reduce((sum, s) => sum + s.words, 0)
  const syllables = sentences.reduce((sum, s) => sum + (s.text.match(WORD) ?? []).reduce((n, w) => n + countSyllables(w), 0), 0)
  return {
    grade: Math.round(fleschKincaidGrade(words, sentences.length, syllables) * 10) / 10,
    sentences: sentences.length,
    words,
    longSentenceShare: sentences.length ? sentences.filter((s) => s.words > 20).length / sentences.length : 0,
    longParagraphShare: paragraphs ? longParagraphs / paragraphs : 0,
    // Very short fragments score oddly on FK; the sentences worth rewriting are long and hard.
    worstSentences: sentences
      .filter((s) => s.words >= 8)
      .sort((a, b) => b.words * b.grade - a.words * a.grade)
      .slice(0, 5),
  }
}
