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

/**
 * Mounts a page that shows a form and takes its answers. A POST cannot exist without a schema;
 * invalid answers show the page again with status 400, what was typed and what to fix.
 */
export function formRoute<Schema extends z.ZodObject>(router: Router, path: string, page: FormPage<Schema>): void {
  const fieldOrder = Object.keys(page.schema.shape)
  const show: RequestHandler = (req, res) => page.show(req, res, { values: {}, errors: noErrors })
  const take: RequestHandler = async (req, res) => {
    const { _csrf: _token, ...posted } = (req.body ?? {}) as Record<string, unknown>
    const parsed = page.schema.strict().safeParse(posted)
    if (parsed.success) return page.submit(req, res, parsed.data as z.infer<Schema>)
    // Fields no form of ours sends mean the request was not made by this page.
    if (parsed.error.issues.some(issue => issue.code === 'unrecognized_keys')) {
      throw new HttpError(400, 'The form had fields it does not ask for')
    }
    res.status(400)
    return page.show(req, res, { values: posted, errors: toFormErrors(parsed.error, fieldOrder) })
  }
  router.get(path, show)
  router.post(path, take)
}
