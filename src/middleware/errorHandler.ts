import type { ErrorRequestHandler, RequestHandler } from 'express'
import type { Config } from '../config'
import { HttpError } from '../httpError'

type ErrorPage = 400 | 403 | 404 | 413 | 429 | 500 | 503

// PostgreSQL cannot be reached or is shutting down: the service is unavailable, not broken.
const UNREACHABLE_DATABASE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  '57P01',
  '57P02',
  '57P03',
  '53300',
])

export function classifyError(error: unknown): ErrorPage {
  const { status, statusCode, code, name } = (error ?? {}) as Record<string, unknown>
  if (typeof code === 'string' && (UNREACHABLE_DATABASE_CODES.has(code) || code.startsWith('08'))) return 503
  if (name === 'KnexTimeoutError' || error instanceof AggregateError) return 503
  if (error instanceof URIError) return 400
  const httpStatus = typeof status === 'number' ? status : typeof statusCode === 'number' ? statusCode : 500
  if (httpStatus === 413) return 413
  if (httpStatus === 429) return 429
  if (httpStatus === 403) return 403
  if (httpStatus === 404) return 404
  if (httpStatus === 503) return 503
  if (httpStatus >= 400 && httpStatus < 500) return 400
  return 500
}

export const notFound: RequestHandler = (req, _res, next) => {
  next(new HttpError(404, `No page at ${req.path}`))
}

/**
 * Every failure becomes a GOV.UK error page with the right status. Unexpected ones are logged with
 * their stack; people see the stack only on a developer's machine.
 */
export function errorHandler(config: Config): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error)
    const page = classifyError(error)
    if (page >= 500) req.log.error({ err: error }, 'request failed')
    else req.log.info({ status: page, reason: (error as Error).message?.slice(0, 200) }, 'request refused')
    // Body-parser reports 415 for an unsupported charset or encoding: keep that status on the 400 page.
    const status = page === 400 && (error as { status?: unknown }).status === 415 ? 415 : page
    if (page === 503) res.setHeader('Retry-After', '30')
    if (page === 429)
      res.setHeader('Retry-After', String(((error as { windowMinutes?: number }).windowMinutes ?? 15) * 60))
    res.status(status).render(`pages/errors/${page}`, {
      requestId: req.id,
      windowMinutes: (error as { windowMinutes?: number }).windowMinutes,
      stack: config.environment === 'development' && page === 500 ? (error as Error).stack : undefined,
    })
  }
}
