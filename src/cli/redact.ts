import { once } from 'node:events'
import { createInterface } from 'node:readline'
import type { Readable, Writable } from 'node:stream'
import { z } from 'zod'
import { findIdentifiers, type IdentifierSpan } from '../domain/redaction'
import { recordedKnownSchema, toKnownIdentifiers } from '../domain/redaction/recordedKnown'

const lineSchema = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  known: recordedKnownSchema.nullish(),
})

type Answer = { id: string | number | null; spans: IdentifierSpan[]; error?: string }

/**
 * Reads JSON lines `{"id", "text", "known"}` and writes `{"id", "spans"}` for each, in order. A line
 * that cannot be read still gets an answer, with no spans and an `error`, and a message on `errors`;
 * blank lines are skipped. Resolves to the number of lines that could not be read.
 */
export async function runRedactCli(input: Readable, output: Writable, errors: Writable): Promise<number> {
  let failures = 0
  let lineNumber = 0
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber++
    if (line.trim() === '') continue
    const answer = answerLine(line)
    if (answer.error) {
      failures++
      errors.write(`line ${lineNumber}: ${answer.error}\n`)
    }
    if (!output.write(`${JSON.stringify(answer)}\n`)) await once(output, 'drain')
  }
  return failures
}

function answerLine(line: string): Answer {
  let parsed: unknown
  try {
    parsed = JSON.parse(line)
  } catch (error) {
    return { id: null, spans: [], error: `not JSON: ${(error as Error).message}` }
  }
  const result = lineSchema.safeParse(parsed)
  if (!result.success) {
    const id = (parsed as { id?: unknown } | null)?.id
    const problems = result.error.issues.map(issue => `${issue.path.join('.') || 'line'}: ${issue.message}`)
    return { id: typeof id === 'string' || typeof id === 'number' ? id : null, spans: [], error: problems.join('; ') }
  }
  const { id, text, known } = result.data
  return { id, spans: findIdentifiers(text, known ? toKnownIdentifiers(known) : {}) }
}

if (require.main === module) {
  runRedactCli(process.stdin, process.stdout, process.stderr).then(
    failures => {
      if (failures > 0) process.stderr.write(`redact: ${failures} line(s) could not be read\n`)
      process.exitCode = failures > 0 ? 1 : 0
    },
    error => {
      process.stderr.write(`redact failed: ${String(error)}\n`)
      process.exitCode = 1
    },
  )
}
