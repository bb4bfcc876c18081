import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  IDENTIFIER_TYPES,
  loadEvalSet,
  parseLabelledText,
  type EvalRecord,
  type IdentifierType,
  type KnownIdentifiers,
  type LabelledSpan,
} from './loadEvalSet'

const VOICES = [
  'nurse',
  'doctor',
  'pharmacist',
  'paramedic',
  'dentist',
  'optometrist',
  'midwife',
  'mental-health',
  'physio-ot',
  'porter-estates',
  'care-home',
  'patient',
  'relative',
  'admin',
]

/** NHS numbers carry a Modulus 11 check digit; a remainder giving 10 means the number is never issued. */
function passesModulus11(candidate: string): boolean {
  const digits = candidate.replace(/[\s-]/g, '')
  if (!/^\d{10}$/.test(digits)) return false
  const weightedSum = [...digits.slice(0, 9)].reduce((sum, digit, index) => sum + Number(digit) * (10 - index), 0)
  const checkDigit = (11 - (weightedSum % 11)) % 11
  return checkDigit !== 10 && checkDigit === Number(digits[9])
}

describe('passesModulus11', () => {
  it('accepts numbers whose check digit matches, however they are spaced', () => {
    expect(passesModulus11('9434765919')).toBe(true)
    expect(passesModulus11('943 476 5919')).toBe(true)
    expect(passesModulus11('943-476-5919')).toBe(true)
  })

  it('rejects a wrong check digit, the wrong length and letters', () => {
    expect(passesModulus11('9434765918')).toBe(false)
    expect(passesModulus11('943476591')).toBe(false)
    expect(passesModulus11('94347659l9')).toBe(false)
  })
})

describe('parseLabelledText', () => {
  it('leaves unlabelled text alone', () => {
    expect(parseLabelledText('Patient fell in bay 4 at 02:15.')).toEqual({
      text: 'Patient fell in bay 4 at 02:15.',
      spans: [],
    })
  })

  it('removes the markup and gives offsets into the plain text', () => {
    const { text, spans } = parseLabelledText(
      'Mrs {{PERSON|Joan Hughes}} (DOB {{DATE_OF_BIRTH|03/04/1941}}, NHS no {{NHS_NUMBER|943 476 5919}}) fell in bay 4.',
    )

    expect(text).toBe('Mrs Joan Hughes (DOB 03/04/1941, NHS no 943 476 5919) fell in bay 4.')
    expect(spans).toEqual([
      { start: 4, end: 15, type: 'PERSON', text: 'Joan Hughes' },
      { start: 21, end: 31, type: 'DATE_OF_BIRTH', text: '03/04/1941' },
      { start: 40, end: 52, type: 'NHS_NUMBER', text: '943 476 5919' },
    ])
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text)
  })

  it('handles labels at both ends, labels side by side and accented names', () => {
    const { text, spans } = parseLabelledText('{{PERSON|Zoë}}{{PERSON|Ó Dochartaigh}} rang {{PHONE|07700 900123}}')

    expect(text).toBe('ZoëÓ Dochartaigh rang 07700 900123')
    expect(spans.map(span => [span.start, span.end])).toEqual([
      [0, 3],
      [3, 16],
      [22, 34],
    ])
  })

  it.each([
    ['an unknown type', 'seen by {{NAME|Patel}}', /unknown identifier type 'NAME'/],
    ['a label that is never closed', 'seen by {{PERSON|Patel at 10:00', /unbalanced braces/],
    ['a stray closing pair', 'seen by Patel}} at 10:00', /unbalanced braces/],
    ['a label inside a label', '{{PERSON|Dr {{PERSON|Patel}}', /unbalanced braces/],
    ['a label with no separator', 'seen by {{PERSON Patel}}', /no '\|'/],
    ['an empty identifier', 'seen by {{PERSON|}}', /no outer whitespace/],
    ['an identifier padded with spaces', 'seen by {{PERSON| Patel}}', /no outer whitespace/],
  ])('rejects %s', (_description, marked, message) => {
    expect(() => parseLabelledText(marked)).toThrow(message)
  })
})

describe('loadEvalSet on a directory of its own', () => {
  let directory: string

  beforeEach(() => {
    directory = mkdtempSync(path.join(tmpdir(), 'eval-set-'))
  })
  afterEach(() => {
    rmSync(directory, { recursive: true, force: true })
  })

  function writeLines(fileName: string, lines: string[]) {
    writeFileSync(path.join(directory, fileName), lines.join('\n') + '\n')
  }
  const record = (id: string, text = 'No identifiers here.', extra: object = {}) =>
    JSON.stringify({ id, voice: 'nurse', text, ...extra })

  it('reads every .jsonl file in name order, skips blank lines and other files', () => {
    writeLines('b.jsonl', [record('b-1'), '', record('b-2', 'Seen by {{PERSON|Ahmed}}.')])
    writeLines('a.jsonl', [record('a-1', 'x', { known: { staff_names: ['Ahmed Khan'] } })])
    writeLines('notes.txt', ['not a record'])

    const records = loadEvalSet(directory)

    expect(records.map(loaded => loaded.id)).toEqual(['a-1', 'b-1', 'b-2'])
    expect(records[0]?.known).toEqual({ staff_names: ['Ahmed Khan'] })
    expect(records[1]?.known).toEqual({})
    expect(records[2]?.spans).toEqual([{ start: 8, end: 13, type: 'PERSON', text: 'Ahmed' }])
  })

  it.each([
    ['malformed JSON', '{"id": "n-2", "voice": "nurse", "text": "oops"', /nurses\.jsonl line 2: malformed JSON/],
    ['an unknown TYPE', record('n-2', 'seen by {{SURNAME|Patel}}'), /nurses\.jsonl line 2: unknown identifier type/],
    ['unbalanced braces', record('n-2', 'seen by {{PERSON|Patel'), /nurses\.jsonl line 2: unbalanced braces/],
    [
      'an unknown key in known',
      record('n-2', 'x', { known: { patient_surname: 'Patel' } }),
      /nurses\.jsonl line 2: unknown key 'patient_surname' in 'known'/,
    ],
    ['an unknown record key', record('n-2', 'x', { spans: [] }), /nurses\.jsonl line 2: unknown record key 'spans'/],
    ['a missing id', JSON.stringify({ voice: 'nurse', text: 'x' }), /nurses\.jsonl line 2: 'id'/],
  ])('names the file and line for %s', (_description, badLine, message) => {
    writeLines('nurses.jsonl', [record('n-1'), badLine])

    expect(() => loadEvalSet(directory)).toThrow(message)
  })

  it('names both places when an id is used twice', () => {
    writeLines('a.jsonl', [record('same-id')])
    writeLines('b.jsonl', [record('other'), record('same-id')])

    expect(() => loadEvalSet(directory)).toThrow(
      "b.jsonl line 2: duplicate id 'same-id' (first used at a.jsonl line 1)",
    )
  })
})

// Helpers for checking that the record's own identifiers are labelled wherever the text carries them.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const MONTH_WORD = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?'
const DATE_LIKE = new RegExp(
  [
    '\\b\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}\\b',
    `\\b\\d{1,2}(?:st|nd|rd|th)?[ -]${MONTH_WORD}[ -]\\d{2,4}\\b`,
    `\\b${MONTH_WORD} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}\\b`,
  ].join('|'),
  'gi',
)

/** Reads a written date of birth as an ISO date, or undefined when it is not a full date. */
function isoDateFrom(written: string): string | undefined {
  const lower = written.toLowerCase()
  const numbers = lower.match(/\d+/g) ?? []
  const monthIndex = MONTHS.findIndex(month => new RegExp(`\\b${month}`).test(lower))
  let year: string | undefined
  let month: number | undefined
  let day: number | undefined

  if (monthIndex !== -1 && numbers.length === 2) {
    const [first = '', second = ''] = numbers
    const dayComesFirst = first.length <= 2
    month = monthIndex + 1
    day = Number(dayComesFirst ? first : second)
    year = dayComesFirst ? second : first
  } else if (monthIndex === -1 && numbers.length === 3) {
    const [first = '', second = '', third = ''] = numbers
    const yearComesFirst = first.length === 4
    month = Number(second)
    day = Number(yearComesFirst ? third : first)
    year = yearComesFirst ? first : third
  }
  if (year === undefined || month === undefined || day === undefined) return undefined
  // Two-digit years in this set are all birth years in the last century or this one, never in the future.
  if (year.length === 2) year = (Number(year) > 26 ? '19' : '20') + year
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

function lettersOnly(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').replace(/ł/g, 'l').toLowerCase()
}
const wordsOf = (text: string) =>
  lettersOnly(text)
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
const compact = (text: string) => text.replace(/[\s()-]/g, '').toUpperCase()
const phoneDigits = (text: string) => {
  const digits = text.replace(/\D/g, '')
  return (digits.startsWith('44') ? digits.slice(2) : digits).replace(/^0/, '')
}
const firstLineOf = (address: string) => lettersOnly(address.split(',')[0] ?? address).trim()

const NICKNAMES: Record<string, string[]> = {
  william: ['bill', 'will', 'billy'],
  robert: ['bob', 'rob', 'bobby'],
  elizabeth: ['liz', 'beth', 'betty', 'lizzie'],
  margaret: ['maggie', 'meg', 'peggy'],
  edward: ['ted', 'ed', 'eddie', 'ned'],
  harold: ['harry'],
  bernard: ['bernie'],
  eleanor: ['nell', 'ellie'],
  oluwaseun: ['seun'],
  patricia: ['pat', 'trish'],
  ronald: ['ron', 'ronnie'],
}

/** Every way a narrative might write the person: any part of the name, a common nickname, or their initials. */
function nameForms(fullName: string): Set<string> {
  const parts = wordsOf(fullName)
  const forms = new Set(parts.filter(part => part.length > 1))
  for (const part of parts) for (const nickname of NICKNAMES[part] ?? []) forms.add(nickname)
  if (parts.length > 1) forms.add(`${parts[0]?.[0]}${parts.at(-1)?.[0]}`)
  return forms
}

// A short word that begins a longer part of the name counts too: Jess for Jessica, Gwen for Gwendolyn.
const writesName = (text: string, forms: Set<string>) =>
  wordsOf(text).some(
    word => forms.has(word) || [...forms].some(form => form.length > 3 && form.startsWith(word) && word.length > 2),
  )

type PatientKey = Exclude<keyof KnownIdentifiers, 'reporter_name' | 'staff_names'>
type IdentifierCheck = {
  /** A labelled span carries the identifier. */
  carried: (value: string, spans: LabelledSpan[]) => boolean
  /** The identifier appears nowhere in the narrative, labelled or not. */
  absent: (value: string, text: string) => boolean
}

const PATIENT_IDENTIFIER_CHECKS: Record<PatientKey, IdentifierCheck> = {
  patient_name: {
    carried: (name, spans) =>
      spans.some(span => (span.type === 'PERSON' || span.type === 'EMAIL') && writesName(span.text, nameForms(name))),
    absent: (name, text) => !writesName(text, nameForms(name)),
  },
  patient_dob: {
    carried: (dob, spans) => spans.some(span => span.type === 'DATE_OF_BIRTH' && isoDateFrom(span.text) === dob),
    absent: (dob, text) => ![...text.matchAll(DATE_LIKE)].some(([written]) => isoDateFrom(written) === dob),
  },
  nhs_number: {
    carried: (number, spans) => spans.some(span => span.type === 'NHS_NUMBER' && compact(span.text) === number),
    absent: (number, text) => !compact(text).includes(number),
  },
  hospital_number: {
    carried: (number, spans) =>
      spans.some(span => span.type === 'HOSPITAL_NUMBER' && compact(span.text) === compact(number)),
    absent: (number, text) => !compact(text).includes(compact(number)),
  },
  patient_postcode: {
    carried: (postcode, spans) =>
      spans.some(span => span.type === 'POSTCODE' && compact(span.text) === compact(postcode)),
    absent: (postcode, text) => !compact(text).includes(compact(postcode)),
  },
  patient_address: {
    carried: (address, spans) =>
      spans.some(span => span.type === 'ADDRESS' && lettersOnly(span.text).includes(firstLineOf(address))),
    absent: (address, text) => !lettersOnly(text).includes(firstLineOf(address)),
  },
  patient_phone: {
    carried: (phone, spans) =>
      spans.some(span => span.type === 'PHONE' && phoneDigits(span.text).startsWith(phoneDigits(phone))),
    absent: (phone, text) => !text.replace(/[\s()+-]/g, '').includes(phoneDigits(phone)),
  },
}

/** The record's own patient identifiers that the text carries somewhere without a label. */
function unlabelledKnownIdentifiers({ text, spans, known }: Omit<EvalRecord, 'id' | 'voice'>): PatientKey[] {
  return (Object.entries(PATIENT_IDENTIFIER_CHECKS) as [PatientKey, IdentifierCheck][])
    .filter(([key, check]) => {
      const value = known[key]
      return value !== undefined && !check.carried(value, spans) && !check.absent(value, text)
    })
    .map(([key]) => key)
}

describe('unlabelledKnownIdentifiers', () => {
  const unlabelledIn = (marked: string, known: KnownIdentifiers) =>
    unlabelledKnownIdentifiers({ ...parseLabelledText(marked), known })

  it('accepts identifiers labelled in another form than the record gives them', () => {
    const known = { patient_name: 'Margaret Hughes', patient_dob: '1941-04-03', nhs_number: '9434765919' }

    expect(unlabelledIn('{{PERSON|Maggie}} (DOB {{DATE_OF_BIRTH|3rd April 1941}}) fell.', known)).toEqual([])
    expect(
      unlabelledIn('Mrs {{PERSON|HUGHES}}, {{NHS_NUMBER|943-476-5919}}, born {{DATE_OF_BIRTH|3.4.41}}', known),
    ).toEqual([])
  })

  it('accepts identifiers the narrative leaves out', () => {
    const known = { patient_name: 'Margaret Hughes', nhs_number: '9434765919', patient_phone: '07700900123' }

    expect(unlabelledIn('Patient fell in bay 4 at 02:15.', known)).toEqual([])
  })

  it('flags identifiers written without a label', () => {
    expect(unlabelledIn('Seen with Maggie at 10:00.', { patient_name: 'Margaret Hughes' })).toEqual(['patient_name'])
    expect(unlabelledIn('NHS 943 476 5919', { nhs_number: '9434765919' })).toEqual(['nhs_number'])
    expect(unlabelledIn('born 03/04/1941', { patient_dob: '1941-04-03' })).toEqual(['patient_dob'])
    expect(unlabelledIn('rang +44 7700 900123', { patient_phone: '07700900123' })).toEqual(['patient_phone'])
    expect(unlabelledIn('lives at 14 Elm Road', { patient_address: '14 Elm Road, Leeds' })).toEqual(['patient_address'])
    expect(unlabelledIn('post to ls1 4ap', { patient_postcode: 'LS1 4AP' })).toEqual(['patient_postcode'])
  })
})

// Ofcom keeps these ranges for drama and documentation, so no real subscriber can be reached through the set.
const DRAMA_RANGE_PREFIXES = [
  '7700900',
  '1134960',
  '1144960',
  '1154960',
  '1174960',
  '1214960',
  '1614960',
  '2079460',
  '2920180',
  '1632960',
]
const RESERVED_EMAIL_DOMAINS = /@(?:[\w-]+\.)*(?:example\.(?:com|org|co\.uk|nhs\.uk)|nhs\.net)$/
// National Insurance prefixes: the first letter is never D, F, I, Q, U or V, the second never D, F, I, O, Q, U or V.
const VALID_NI_NUMBER = /^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/
const TITLES = /^(?:mr|mrs|ms|miss|mx|dr|prof|sister|nurse)\.?\s/i
const WEEKDAYS = /^(?:mon|tue|wed|thu|fri|sat|sun)/i

describe('the evaluation set', () => {
  let records: EvalRecord[]
  beforeAll(() => {
    records = loadEvalSet()
  })

  const spansOf = (type: IdentifierType) => records.flatMap(record => record.spans.filter(span => span.type === type))

  it('has at least 300 records, with every voice present at least 15 times', () => {
    expect(records.length).toBeGreaterThanOrEqual(300)
    const countByVoice = new Map<string, number>()
    for (const record of records) countByVoice.set(record.voice, (countByVoice.get(record.voice) ?? 0) + 1)

    const missing = VOICES.filter(voice => !countByVoice.has(voice))
    const tooFew = VOICES.filter(voice => (countByVoice.get(voice) ?? 0) < 15)
    const unexpected = [...countByVoice.keys()].filter(voice => !VOICES.includes(voice))

    expect(missing).toEqual([])
    expect(tooFew).toEqual([])
    expect(unexpected).toEqual([])
  })

  it('has between 28% and 40% of records with no identifiers at all', () => {
    const withoutSpans = records.filter(record => record.spans.length === 0).length / records.length

    expect(withoutSpans).toBeGreaterThanOrEqual(0.28)
    expect(withoutSpans).toBeLessThanOrEqual(0.4)
  })

  it('uses every identifier type at least 8 times', () => {
    const scarce = IDENTIFIER_TYPES.filter(type => spansOf(type).length < 8)

    expect(scarce).toEqual([])
  })

  it('labels only NHS numbers that pass the Modulus 11 check, and knows only such numbers', () => {
    const failing = spansOf('NHS_NUMBER').filter(span => !passesModulus11(span.text))
    const knownFailing = records.filter(record => record.known.nhs_number && !passesModulus11(record.known.nhs_number))

    expect(failing).toEqual([])
    expect(knownFailing.map(record => record.id)).toEqual([])
  })

  it("labels each of the record's own patient identifiers wherever the text carries it", () => {
    const unlabelled = records.flatMap(record => unlabelledKnownIdentifiers(record).map(key => `${record.id} ${key}`))

    expect(unlabelled).toEqual([])
  })

  it('gives known dates of birth as ISO dates', () => {
    const malformed = records
      .map(record => record.known.patient_dob)
      .filter((dob): dob is string => dob !== undefined)
      .filter(dob => !/^\d{4}-\d{2}-\d{2}$/.test(dob) || Number.isNaN(Date.parse(dob)))

    expect(malformed).toEqual([])
  })

  it('follows the labelling convention: titles and weekdays sit outside the label', () => {
    expect(spansOf('PERSON').filter(span => TITLES.test(span.text))).toEqual([])
    expect(spansOf('DATE').filter(span => WEEKDAYS.test(span.text))).toEqual([])
  })

  it('uses only drama-range phone numbers, reserved email domains, example URLs and valid NI prefixes', () => {
    const realLookingPhones = spansOf('PHONE').filter(
      span => !DRAMA_RANGE_PREFIXES.some(prefix => phoneDigits(span.text).startsWith(prefix)),
    )
    const realLookingEmails = spansOf('EMAIL').filter(span => !RESERVED_EMAIL_DOMAINS.test(span.text))
    const realLookingUrls = spansOf('URL').filter(span => !span.text.includes('example'))
    const invalidNiNumbers = spansOf('NI_NUMBER').filter(span => !VALID_NI_NUMBER.test(span.text))

    expect(realLookingPhones).toEqual([])
    expect(realLookingEmails).toEqual([])
    expect(realLookingUrls).toEqual([])
    expect(invalidNiNumbers).toEqual([])
  })
})
