import { lstatSync, readdirSync, readFileSync, type Stats } from 'node:fs'
import { join } from 'node:path'
import { problem, type ContentProblem } from './content-problem'
import { CONTENT_TYPES, CONTENT_TYPE_NAMES, type ContentTypeName } from './content-types'

/** A content file that passed the guard: known folder and extension, a real file, UTF-8 text with \n line ends. */
export interface RawFile {
  type: ContentTypeName
  id: string
  /** As shown in every message: content/<folder>/<name>. */
  file: string
  text: string
}

/** No content file is anywhere near this; a bigger one is a mistake or an attack. */
export const MAX_FILE_BYTES = 200_000
export const MAX_LINE_LENGTH = 5_000

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
/** Characters a reader cannot see, that hide words from the wording check or reorder text. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u
/** Control characters other than tab and newline (carriage returns are normalised first). */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u
const LETTERS = /[\p{L}\p{M}]+/gu
const SCRIPTS = [/\p{Script=Latin}/u, /\p{Script=Cyrillic}/u, /\p{Script=Greek}/u]

const folderOf = (name: ContentTypeName) => CONTENT_TYPES[name].dir
const knownFolders = () => CONTENT_TYPE_NAMES.map((n) => `${folderOf(n)}/`).join(', ')

/** Levenshtein distance, for "did you mean" on misspelled folders. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1))
      previous = current
    }
  }
  return row[b.length]
}

function unknownFolderFix(name: string): string {
  const near = CONTENT_TYPE_NAMES.map(folderOf).find((dir: string) => distance(name.toLowerCase(), dir) <= 2)
  return near
    ? `did you mean content/${near}/? (rename the folder)`
    : `content/ holds only ${knownFolders()} (move the files into one of them)`
}

/**
 * Looks at the raw content tree before any parser does, and reports everything it refuses.
 * Nothing is skipped silently: each entry is either returned as a RawFile or named in a problem.
 */
export function readContentTree(contentDir: string): { files: RawFile[]; problems: ContentProblem[] } {
  const files: RawFile[] = []
  const problems: ContentProblem[] = []
  const stat = (path: string): Stats | undefined => {
    try {
      return lstatSync(path)
    } catch {
      return undefined
    }
  }
  const root = stat(contentDir)
  if (!root?.isDirectory())
    return { files, problems: [problem('content/', '(folder)', `is missing at ${contentDir} (run the command from the project's root)`)] }

  const byFolder = new Map<string, ContentTypeName>(CONTENT_TYPE_NAMES.map((name) => [folderOf(name), name]))
  for (const entry of readdirSync(contentDir).sort()) {
    const path = join(contentDir, entry)
    const info = stat(path)
    const shown = `content/${entry}`
    if (!info) problems.push(problem(shown, '(file)', 'could not be read (check its permissions)'))
    else if (info.isSymbolicLink())
      problems.push(problem(shown, '(file)', 'is a symbolic link (content must be real files: copy the file in instead)'))
    else if (!info.isDirectory())
      problems.push(problem(shown, '(file)', `is directly in content/, so no page would read it (move it into one of ${knownFolders()})`))
    else if (!byFolder.has(entry)) problems.push(problem(`${shown}/`, '(folder)', `is not a content folder: ${unknownFolderFix(entry)}`))
    else {
      const type = byFolder.get(entry)!
      for (const name of readdirSync(path).sort()) {
        const result = inspectFile(type, join(path, name), `content/${entry}/${name}`)
        if ('problems' in result) problems.push(...result.problems)
        else files.push(result)
      }
    }
  }
  return { files, problems }
}

function inspectFile(type: ContentTypeName, path: string, file: string): RawFile | { problems: ContentProblem[] } {
  const { extension } = CONTENT_TYPES[type]
  const fail = (field: string, message: string) => ({ problems: [problem(file, field, message)] })
  let info: Stats
  try {
    info = lstatSync(path)
  } catch {
    return fail('(file)', 'could not be read (check its permissions)')
  }
  const name = file.slice(file.lastIndexOf('/') + 1)
  if (info.isSymbolicLink()) return fail('(file)', 'is a symbolic link (content must be real files: copy the file in instead)')
  if (info.isDirectory())
    return fail(
      '(file)',
      `is a folder (content/${CONTENT_TYPES[type].dir}/ holds ${extension} files only: move what is inside up, or remove it)`,
    )
  if (!info.isFile()) return fail('(file)', 'is not a regular file (remove it)')
  if (name.startsWith('.')) return fail('(file name)', 'is a hidden file, which no page reads (delete it, or move it out of content/)')
  if (!name.endsWith(extension))
    return fail(
      '(file name)',
      `is not a ${extension} file, so no page would read it (rename it to …${extension} or move it out of content/)`,
    )
  const id = name.slice(0, -extension.length)
  if (!ID.test(id)) return fail('(file name)', 'is not a valid id (use lower-case words joined by hyphens, e.g. what-is-an-iop)')
  if (info.size > MAX_FILE_BYTES)
    return fail('(file)', `is ${info.size} bytes, over the ${MAX_FILE_BYTES}-byte limit (split it into smaller files)`)

  const bytes = readFileSync(path)
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return fail('(encoding)', 'starts with a byte-order mark (save it as UTF-8 without BOM; most editors have this option)')
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return fail('(encoding)', 'is not UTF-8 text (save it as UTF-8)')
  }
  // Windows line ends are fine: every reader after this sees \n only.
  text = text.replace(/\r\n?/g, '\n')

  const problems = inspectText(file, text)
  if (CONTENT_TYPES[type].format === 'markdown') {
    const opener = text.slice(0, text.indexOf('\n') + 1 || undefined)
    if (opener !== '---\n')
      problems.unshift(
        problem(
          file,
          '(front matter)',
          opener.startsWith('---')
            ? `opens with "${opener.trim().slice(0, 20)}", but front matter must open with a line of exactly --- (YAML only: other front-matter languages such as ---js are refused because they run code)`
            : 'is missing (start the file with a line of exactly ---, the fields, then another --- line)',
        ),
      )
  }
  return problems.length ? { problems } : { type, id, file, text }
}

/** Line by line: over-long lines, control characters, invisible characters and words mixing alphabets. */
function inspectText(file: string, text: string): ContentProblem[] {
  const problems: ContentProblem[] = []
  text.split('\n').forEach((line, index) => {
    const at = `(line ${index + 1})`
    if (line.length > MAX_LINE_LENGTH)
      problems.push(problem(file, at, `is ${line.length} characters long, over ${MAX_LINE_LENGTH} (break it into shorter lines)`))
    else if (CONTROL.test(line))
      problems.push(problem(file, at, 'has a control character (delete it; retype the line if you cannot see it)'))
    else if (INVISIBLE.test(line))
      problems.push(
        problem(
          file,
          at,
          `has an invisible character (U+${line.match(INVISIBLE)![0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}; delete it, or retype the word)`,
        ),
      )
    else
      for (const [word] of line.matchAll(LETTERS))
        if (SCRIPTS.filter((script) => script.test(word)).length > 1) {
          problems.push(problem(file, at, `"${word}" mixes letters from different alphabets (retype the word in one alphabet)`))
          break
        }
  })
  return problems
}
