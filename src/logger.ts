import pino, { type DestinationStream, type Logger } from 'pino'

export type { Logger }

/**
 * Structured logs that never carry request bodies, query strings, cookies or database error details
 * (PostgreSQL's "detail" quotes the values that broke a constraint, which may be identifiers).
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = { level, base: { service: 'record-and-review' }, serializers: { err: serializeError } }
  return destination ? pino(options, destination) : pino(options)
}

function serializeError(error: unknown) {
  if (!(error instanceof Error)) return { message: String(error) }
  const { code, status } = error as { code?: unknown; status?: unknown }
  return { type: error.name, message: error.message, code, status, stack: error.stack }
}
