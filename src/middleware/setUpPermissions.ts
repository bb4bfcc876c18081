import type { RequestHandler } from 'express'
import type { Permissions } from '../domain/permissions/permissions'
import { HttpError } from '../httpError'
import type { MembershipService } from '../services/access/membershipService'
import { requireSignIn } from './setUpAuthentication'

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** What the signed-in person may do, read from the database for this request. */
      permissions?: Permissions
    }
  }
}

/**
 * Builds the signed-in person's permissions from their memberships on every request, so that a
 * role taken away stops working at the next click, even in a session that is already open.
 */
export function setUpPermissions(memberships: MembershipService): RequestHandler {
  return async (req, res, next) => {
    if (!req.user) return next()
    req.permissions = await memberships.permissionsFor(req.user)
    res.locals.permissions = req.permissions
    next()
  }
}

/** The permissions of a route that requireSignIn already guards. */
export function permissionsOf(req: Express.Request): Permissions {
  if (!req.permissions) throw new Error('Permissions are only known for signed-in requests')
  return req.permissions
}

/**
 * For pages only national administrators may see: people who are signed out are asked to sign in,
 * and anyone else is told there is no such page.
 */
export const requireNationalAdmin: RequestHandler = (req, res, next) => {
  if (!req.user) return requireSignIn(req, res, next)
  if (permissionsOf(req).isNationalAdmin) return next()
  next(new HttpError(404, 'Not a national administrator'))
}
