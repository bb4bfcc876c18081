import type { Request, RequestHandler, Response, Router } from 'express'
import { z } from 'zod'
import { HttpError } from '../httpError'
import { noErrors, toFormErrors, type FormErrors } from './formErrors'

export interface FormState {
  /** What the person typed, so a page shown again with errors loses nothing. */
  values: Record<string, unknown>
  errors: FormErrors
}

export interface FormPage<Schema extends z.ZodObject> {
  /** A strict object schema over the fields the form posts (the CSRF token is handled here). */
  schema: Schema
  show(req: Request, res: Response, form: FormState): void | Promise<void>
  submit(req: Request, res: Response, answers: z.infer<Schema>): void | Promise<void>
}

/** Marks the handlers that validate what is posted, for the check that every POST route has one. */
const VALIDATES_BODY = Symbol('validates the posted body')

/**
 * Mounts a page that shows a form and takes its answers. A POST cannot exist without a schema;
 * invalid answers show the page again with status 400, what was typed and what to fix.
 */
export function formRoute<Schema extends z.ZodObject>(router: Router, path: string, page: FormPage<Schema>): void {
  const fieldOrder = Object.keys(page.schema.shape)
  router.get(path, (req, res) => page.show(req, res, { values: {}, errors: noErrors }))
  validatedPost(router, path, () => page.schema, {
    valid: (req, res, answers) => page.submit(req, res, answers),
    invalid: (req, res, posted, error) => {
      res.status(400)
      return page.show(req, res, { values: posted, errors: toFormErrors(error, fieldOrder) })
    },
  })
}

/**
 * Mounts a POST route whose fields depend on the request (such as which question page it is), with
 * the schema for them: fields no form of ours sends are refused, and the answers reach the handler
 * typed. Without `invalid`, answers that do not fit the schema are refused too.
 */
export function validatedPost<Schema extends z.ZodObject>(
  router: Router,
  path: string,
  schemaFor: (req: Request) => Schema | Promise<Schema>,
  handlers: {
    valid(req: Request, res: Response, answers: z.infer<Schema>): void | Promise<void>
    invalid?(req: Request, res: Response, posted: Record<string, unknown>, error: z.ZodError): void | Promise<void>
  },
): void {
  const take: RequestHandler = async (req, res) => {
    const { _csrf: _token, ...posted } = (req.body ?? {}) as Record<string, unknown>
    const parsed = (await schemaFor(req)).strict().safeParse(posted)
    if (parsed.success) return handlers.valid(req, res, parsed.data as z.infer<Schema>)
    // Fields no form of ours sends mean the request was not made by this page.
    if (!handlers.invalid || parsed.error.issues.some(issue => issue.code === 'unrecognized_keys')) {
      throw new HttpError(400, 'The form had fields it does not ask for')
    }
    return handlers.invalid(req, res, posted, parsed.error)
  }
  Object.defineProperty(take, VALIDATES_BODY, { value: true })
  router.post(path, take)
}

interface Layer {
  route?: { path: string; methods: Record<string, boolean>; stack: { method?: string; handle: unknown }[] }
  handle?: { stack?: Layer[] }
}

/** Every POST route of the app whose handler does not validate what is posted: none, or the app refuses to start. */
export function unvalidatedPostRoutes(app: { router: { stack: Layer[] } }): string[] {
  const found: string[] = []
  const walk = (stack: readonly Layer[]) => {
    for (const layer of stack) {
      if (layer.route?.methods.post) {
        const handlers = layer.route.stack.filter(entry => entry.method === 'post')
        const last = handlers.at(-1)?.handle as Record<symbol, unknown> | undefined
        if (!last?.[VALIDATES_BODY]) found.push(`POST ${layer.route.path}`)
      } else if (layer.handle?.stack) {
        walk(layer.handle.stack)
      }
    }
  }
  walk(app.router.stack)
  return found
}
