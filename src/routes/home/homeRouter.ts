import { Router } from 'express'
import { requireSignIn } from '../../middleware/setUpAuthentication'
import { permissionsOf } from '../../middleware/setUpPermissions'
import type { AccessService } from '../../services/access/accessService'
import { roleNames } from '../../domain/permissions/roles'
import { homeOptions } from './homeOptions'

/** The signed-in home page: what this person can do, by their roles. */
export function homeRouter(access: AccessService): Router {
  const router = Router()
  router.get('/home', requireSignIn, async (req, res) => {
    const permissions = permissionsOf(req)
    const [pendingRequests, nationalQueue] = await Promise.all([
      access.pendingRequestsOf(permissions.user.id),
      permissions.isNationalAdmin ? access.nationalQueueSize() : Promise.resolve(0),
    ])
    res.render('pages/home', { ...homeOptions(permissions), pendingRequests, nationalQueue, roleNames })
  })
  return router
}
