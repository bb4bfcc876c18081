import { PassThrough, Readable } from 'node:stream'
import { runRedactCli } from './redact'

async function run(input: string): Promise<{ lines: unknown[]; errors: string; failures: number }> {
  const output = new PassThrough()
  const errors = new PassThrough()
  const chunks: string[] = []
  const errorChunks: string[] = []
  output.on('data', chunk => chunks.push(String(chunk)))
  errors.on('data', chunk => errorChunks.push(String(chunk)))
  const failures = await runRedactCli(Readable.from([input]), output, errors)
  const lines = chunks
    .join('')
    .split('\n')
    .filter(line => line !== '')
    .map(line => JSON.parse(line) as unknown)
  return { lines, errors: errorChunks.join(''), failures }
}

describe('the redact command', () => {
  it('answers each line with its id and spans, in order', async () => {
    const input = [
      JSON.stringify({ id: '1', text: 'Mrs Joan Hughes DOB 3/4/41' }),
      JSON.stringify({ id: 2, text: 'Bob rang', known: { patient_name: 'Robert Smith', staff_names: ['Anne Lee'] } }),
    ].join('\n')
    expect(await run(input)).toEqual({
      lines: [
        {
          id: '1',
          spans: [
            { start: 4, end: 15, type: 'PERSON' },
            { start: 20, end: 26, type: 'DATE_OF_BIRTH' },
          ],
        },
        { id: 2, spans: [{ start: 0, end: 3, type: 'PERSON' }] },
      ],
      errors: '',
      failures: 0,
    })
  })

  it('uses every kind of known identifier', async () => {
    const known = {
      patient_name: 'Joan Hughes',
      patient_dob: '1941-04-03',
      nhs_number: '1234567890',
      hospital_number: 'Q99',
      patient_postcode: 'BS1 4DJ',
      patient_address: '12 Acacia Avenue',
      patient_phone: '0117 496 0123',
      reporter_name: 'Ade Oyelaran',
      staff_names: ['Tomasz'],
    }
    const text = 'Oyelaran and Tomasz saw Joan (3.4.41, 123 456 7890, Q99) at acacia avenue bs1 4dj, tel 01174960123'
    const { lines } = await run(JSON.stringify({ id: 'k', text, known }))
    const spans = (lines[0] as { spans: { start: number; end: number; type: string }[] }).spans
    expect(spans.map(span => [span.type, text.slice(span.start, span.end)])).toEqual([
      ['PERSON', 'Oyelaran'],
      ['PERSON', 'Tomasz'],
      ['PERSON', 'Joan'],
      ['DATE_OF_BIRTH', '3.4.41'],
      ['NHS_NUMBER', '123 456 7890'],
      ['HOSPITAL_NUMBER', 'Q99'],
      ['ADDRESS', 'acacia avenue'],
      ['POSTCODE', 'bs1 4dj'],
      ['PHONE', '01174960123'],
    ])
  })

  it('skips blank lines, and answers a line it cannot read with an error instead of stopping', async () => {
    const input = ['', 'not json', JSON.stringify({ id: 'x', text: 7 }), JSON.stringify({ id: 'y', text: 'ok' })].join(
      '\n',
    )
    const { lines, errors, failures } = await run(`${input}\n\n`)
    expect(lines).toEqual([
      { id: null, spans: [], error: expect.stringMatching(/^not JSON/) },
      { id: 'x', spans: [], error: expect.stringMatching(/^text: /) },
      { id: 'y', spans: [] },
    ])
    expect(errors).toMatch(/^line 2: not JSON.*\nline 3: text: /s)
    expect(failures).toBe(2)
  })

  it('refuses a known identifier it does not recognise rather than ignore it', async () => {
    const { lines } = await run(JSON.stringify({ id: 'z', text: 'Joan', known: { patient_nmae: 'Joan' } }))
    expect(lines).toEqual([{ id: 'z', spans: [], error: expect.stringContaining('patient_nmae') }])
  })
})
