import { Router } from 'express'
import { requireSignIn } from '../../middleware/setUpAuthentication'
import { permissionsOf } from '../../middleware/setUpPermissions'
import type { AccessRequestService } from '../../services/access/accessRequestService'
import type { NationalApprovalService } from '../../services/access/nationalApprovalService'
import { roleNames } from '../../domain/permissions/roles'
import { homeOptions } from './homeOptions'

/** The signed-in home page: what this person can do, by their roles. */
export function homeRouter(accessRequests: AccessRequestService, nationalApproval: NationalApprovalService): Router {
  const router = Router()
  router.get('/home', requireSignIn, async (req, res) => {
    const permissions = permissionsOf(req)
    const [pendingRequests, nationalQueue] = await Promise.all([
      accessRequests.pendingRequestsOf(permissions.user.id),
      permissions.isNationalAdmin ? nationalApproval.queueSize(permissions) : Promise.resolve(0),
    ])
    res.render('pages/home', { ...homeOptions(permissions), pendingRequests, nationalQueue, roleNames })
  })
  return router
}
