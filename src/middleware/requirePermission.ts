import type { RequestHandler } from 'express'
import type { Permissions } from '../domain/permissions/permissions'
import { HttpError } from '../httpError'
import { requireSignIn } from './setUpAuthentication'
import { permissionsOf } from './setUpPermissions'

/**
 * Guards pages that need a permission: people who are signed out are asked to sign in, and anyone
 * signed in without it is told there is no such page, as for an event out of their scope.
 */
export function requirePermission(allows: (permissions: Permissions) => boolean): RequestHandler {
  return (req, res, next) => {
    if (!req.user) return requireSignIn(req, res, next)
    if (allows(permissionsOf(req))) return next()
    next(new HttpError(404, 'Not permitted'))
  }
}
