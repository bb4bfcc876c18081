import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

export const IDENTIFIER_TYPES = [
  'PERSON',
  'NHS_NUMBER',
  'DATE_OF_BIRTH',
  'DATE',
  'POSTCODE',
  'PHONE',
  'EMAIL',
  'ADDRESS',
  'HOSPITAL_NUMBER',
  'NI_NUMBER',
  'AGE_OVER_89',
  'URL',
  'OTHER_ID',
] as const

export type IdentifierType = (typeof IDENTIFIER_TYPES)[number]

export type KnownIdentifiers = {
  patient_name?: string
  patient_dob?: string
  nhs_number?: string
  hospital_number?: string
  patient_postcode?: string
  patient_address?: string
  patient_phone?: string
  reporter_name?: string
  staff_names?: string[]
}

export type LabelledSpan = { start: number; end: number; type: IdentifierType; text: string }

export type EvalRecord = { id: string; voice: string; text: string; known: KnownIdentifiers; spans: LabelledSpan[] }

export const DEFAULT_EVAL_SET_DIRECTORY = path.join(__dirname, 'eval-set')

const KNOWN_STRING_KEYS = [
  'patient_name',
  'patient_dob',
  'nhs_number',
  'hospital_number',
  'patient_postcode',
  'patient_address',
  'patient_phone',
  'reporter_name',
] as const
const KNOWN_KEYS: readonly string[] = [...KNOWN_STRING_KEYS, 'staff_names']
const RECORD_KEYS: readonly string[] = ['id', 'voice', 'text', 'known']

const OPEN = '{{'
const CLOSE = '}}'
const SEPARATOR = '|'

function isIdentifierType(value: string): value is IdentifierType {
  return (IDENTIFIER_TYPES as readonly string[]).includes(value)
}

/**
 * Turns `Mrs {{PERSON|Joan Hughes}} fell` into the plain narrative and the spans of its identifiers.
 * Offsets are JavaScript string indices into the plain text, end exclusive.
 */
export function parseLabelledText(marked: string): { text: string; spans: LabelledSpan[] } {
  const spans: LabelledSpan[] = []
  let text = ''
  let cursor = 0

  while (cursor < marked.length) {
    const open = marked.indexOf(OPEN, cursor)
    const strayClose = marked.indexOf(CLOSE, cursor)
    if (strayClose !== -1 && (open === -1 || strayClose < open)) {
      throw new Error(`unbalanced braces: '}}' with no '{{' at character ${strayClose}`)
    }
    if (open === -1) {
      text += marked.slice(cursor)
      break
    }
    text += marked.slice(cursor, open)

    const close = marked.indexOf(CLOSE, open + OPEN.length)
    if (close === -1) throw new Error(`unbalanced braces: '{{' at character ${open} is never closed`)
    const label = marked.slice(open + OPEN.length, close)
    if (label.includes(OPEN))
      throw new Error(`unbalanced braces: '{{' at character ${open} opens a label inside a label`)

    const separator = label.indexOf(SEPARATOR)
    if (separator === -1) throw new Error(`label at character ${open} has no '|' between its type and its text`)
    const type = label.slice(0, separator)
    const identifier = label.slice(separator + 1)
    if (!isIdentifierType(type)) throw new Error(`unknown identifier type '${type}' at character ${open}`)
    // A span with outer spaces would blur what a redactor is expected to remove.
    if (identifier.length === 0 || identifier.trim() !== identifier) {
      throw new Error(`label at character ${open} must hold its identifier with no outer whitespace`)
    }

    spans.push({ start: text.length, end: text.length + identifier.length, type, text: identifier })
    text += identifier
    cursor = close + CLOSE.length
  }

  return { text, spans }
}

function readKnown(value: unknown): KnownIdentifiers {
  if (value === undefined) return {}
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`'known' must be an object`)

  const known: KnownIdentifiers = {}
  for (const [key, entry] of Object.entries(value)) {
    if (!KNOWN_KEYS.includes(key)) throw new Error(`unknown key '${key}' in 'known'`)
    if (key === 'staff_names') {
      if (!Array.isArray(entry) || !entry.every(name => typeof name === 'string')) {
        throw new Error(`'known.staff_names' must be a list of strings`)
      }
      known.staff_names = entry
    } else {
      if (typeof entry !== 'string') throw new Error(`'known.${key}' must be a string`)
      known[key as (typeof KNOWN_STRING_KEYS)[number]] = entry
    }
  }
  return known
}

function readRecord(line: string): EvalRecord {
  let raw: unknown
  try {
    raw = JSON.parse(line)
  } catch (error) {
    throw new Error(`malformed JSON (${(error as Error).message})`, { cause: error })
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error('a record must be a JSON object')

  const fields = raw as Record<string, unknown>
  for (const key of Object.keys(fields)) {
    if (!RECORD_KEYS.includes(key)) throw new Error(`unknown record key '${key}'`)
  }
  const { id, voice, text: marked } = fields
  if (typeof id !== 'string' || id.length === 0) throw new Error(`'id' must be a non-empty string`)
  if (typeof voice !== 'string' || voice.length === 0) throw new Error(`'voice' must be a non-empty string`)
  if (typeof marked !== 'string') throw new Error(`'text' must be a string`)

  return { id, voice, known: readKnown(fields.known), ...parseLabelledText(marked) }
}

/** Reads every .jsonl file in the directory, in name order, one record per non-blank line. */
export function loadEvalSet(directory: string = DEFAULT_EVAL_SET_DIRECTORY): EvalRecord[] {
  const files = readdirSync(directory)
    .filter(name => name.endsWith('.jsonl'))
    .sort()
  const records: EvalRecord[] = []
  const whereEachIdWasSeen = new Map<string, string>()

  for (const file of files) {
    const lines = readFileSync(path.join(directory, file), 'utf8').split('\n')
    lines.forEach((line, index) => {
      if (line.trim() === '') return
      const location = `${file} line ${index + 1}`
      let record: EvalRecord
      try {
        record = readRecord(line)
      } catch (error) {
        throw new Error(`${location}: ${(error as Error).message}`, { cause: error })
      }
      const earlier = whereEachIdWasSeen.get(record.id)
      if (earlier) throw new Error(`${location}: duplicate id '${record.id}' (first used at ${earlier})`)
      whereEachIdWasSeen.set(record.id, location)
      records.push(record)
    })
  }
  return records
}
