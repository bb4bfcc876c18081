import type { RequestHandler } from 'express'
import type { Permissions } from '../domain/permissions/permissions'
import type { AccessService } from '../services/access/accessService'

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
export function setUpPermissions(access: AccessService): RequestHandler {
  return async (req, res, next) => {
    if (!req.user) return next()
    req.permissions = await access.permissionsFor(req.user)
    res.locals.permissions = req.permissions
    next()
  }
}

/** The permissions of a route that requireSignIn already guards. */
export function permissionsOf(req: Express.Request): Permissions {
  if (!req.permissions) throw new Error('Permissions are only known for signed-in requests')
  return req.permissions
}
