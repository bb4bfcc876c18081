/**
 * Figures for the redactor: how long its word lists take to load, how many megabytes of narrative
 * it reads a second, and how long one 2 KB narrative takes. Needs no database; asserts nothing.
 */
import { performance } from 'node:perf_hooks'
import { findIdentifiers } from '../src/domain/redaction'

// Everything before the first line of this file ran: Node starting and the word lists loading.
const started = performance.now()

type Figure = [name: string, value: string]

const MEGABYTES = 4
const NARRATIVE_LENGTH = 2048
const RUNS = 3000
const WARM_UP = 300

/** A small seeded generator, so every run reads the same narratives. */
function randomFrom(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state)
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296
  }
}

const FIRST_NAMES = ['Joan', 'Siobhan', 'Tomasz', 'Aisha', 'Will', 'Grace', 'Oluwaseun', 'Priya', 'Dafydd', 'Mark']
const SURNAMES = ['Hughes', 'Okafor', 'Kowalski', 'Khan', 'Baker', 'Nguyen', 'Patel', 'Evans', 'Murphy', 'Long']
const TITLES = ['Mrs', 'Mr', 'Dr', 'Ms', 'Sister', 'Nurse']
const WARDS = ['Florence Ward', 'Rose Unit', 'Ward 7', 'the discharge lounge', 'Bay 3', 'the Emergency Department']
const MEDICINES = ['paracetamol 1 g', 'Oramorph 5 mg', 'enoxaparin 40 mg', 'Tazocin 4.5 g', 'insulin 10 units']
const PIECES: ((pick: <T>(list: T[]) => T, number: (below: number) => number) => string)[] = [
  (pick, number) =>
    `${pick(TITLES)} ${pick(FIRST_NAMES)} ${pick(SURNAMES)} was found on the floor beside bed ${number(30)}.`,
  pick => `Observations: NEWS2 ${pick(['3', '5', '7'])}, BP 128/76, HR 96, SpO2 94% on air, GCS 15/15.`,
  (pick, number) =>
    `${pick(MEDICINES)} was given at ${10 + number(12)}:${10 + number(49)} instead of the prescribed dose.`,
  pick => `Moved from ${pick(WARDS)} to ${pick(WARDS)} without a handover.`,
  (_, number) => `DOB ${1 + number(28)}/${1 + number(12)}/19${30 + number(60)}, NHS number 943 476 5919.`,
  pick => `Daughter ${pick(FIRST_NAMES)} was informed by phone on 07700 900123.`,
  pick => `Seen by ${pick(TITLES)} ${pick(SURNAMES)}, who reviewed the Waterlow score and the Bristol stool chart.`,
  (_, number) => `The ${90 + number(10)}-year-old had a history of Parkinson's disease and a Foley catheter in place.`,
  () =>
    'Pain 7/10 on movement, reviewed again in 2/52. No harm came to the patient and duty of candour was not needed.',
  pick => `Lives at 12 Acacia Avenue, Bristol BS1 4DJ with ${pick(FIRST_NAMES)}, her husband.`,
  pick => `Incident discussed at the safety huddle on ${pick(['3rd April 2024', 'Tuesday', '14/03', 'the 21st'])}.`,
  () => 'The Datix was completed and the learning shared at the ward meeting. SBAR handover used throughout.',
  pick =>
    `Email sent to ${pick(FIRST_NAMES).toLowerCase()}.${pick(SURNAMES).toLowerCase()}@nhs.net and copied to the matron.`,
  () => 'A falls risk assessment had not been done since admission and the bed rails were down.',
]

function narrative(random: () => number, length: number): string {
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!
  const number = (below: number) => Math.floor(random() * below)
  let text = ''
  while (text.length < length) text += `${pick(PIECES)(pick, number)} `
  return text.slice(0, length)
}

function bench(): Figure[] {
  const random = randomFrom(20251125)
  const narratives = Array.from({ length: (MEGABYTES * 1e6) / NARRATIVE_LENGTH }, () =>
    narrative(random, NARRATIVE_LENGTH),
  )
  for (const text of narratives.slice(0, WARM_UP)) findIdentifiers(text)

  const reading = performance.now()
  for (const text of narratives) findIdentifiers(text)
  const megabytesPerSecond = (narratives.length * NARRATIVE_LENGTH) / 1e6 / ((performance.now() - reading) / 1000)

  const latencies: number[] = []
  for (let run = 0; run < WARM_UP + RUNS; run++) {
    const text = narratives[run % 100]!
    const started = performance.now()
    findIdentifiers(text)
    if (run >= WARM_UP) latencies.push(performance.now() - started)
  }
  latencies.sort((a, b) => a - b)
  const percentile = (share: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * share))]!

  return [
    ['start Node and load the word lists', `${started.toFixed(0)} ms`],
    [`read ${MEGABYTES} MB of narrative`, `${megabytesPerSecond.toFixed(1)} MB/s`],
    [
      `one 2 KB narrative (${RUNS} runs): median / 99th percentile`,
      `${percentile(0.5).toFixed(2)} / ${percentile(0.99).toFixed(2)} ms`,
    ],
  ]
}

const figures = bench()
const width = Math.max(...figures.map(([name]) => name.length))
for (const [name, value] of figures) process.stdout.write(`${name.padEnd(width)}  ${value}\n`)
