import { Router, type Request } from 'express'
import { z } from 'zod'
import { roleNames } from '../../domain/permissions/roles'
import { HttpError } from '../../httpError'
import { permissionsOf, requireNationalAdmin } from '../../middleware/setUpPermissions'
import type { NationalApprovalService } from '../../services/access/nationalApprovalService'
import { formRoute } from '../formRoute'

const WITHOUT_ADMIN_SHOWN = 50
const decideRegistrationSchema = z.object({
  decision: z.enum(['approve', 'reject'], { error: 'Select whether to approve this account' }),
})

/**
 * The national queue: accounts whose address is not nhs.net, and requests for organisations with no
 * admin, which only national administrators can decide.
 */
export function accessQueueRouter(nationalApproval: NationalApprovalService): Router {
  const router = Router()
  router.use(['/admin/access', '/admin/registrations'], requireNationalAdmin)

  router.get('/admin/access', async (req, res) => {
    const permissions = permissionsOf(req)
    const [registrations, requests, organisationsWithoutAdmin] = await Promise.all([
      nationalApproval.registrationsAwaitingApproval(permissions),
      nationalApproval.requestsWithoutAdmin(permissions),
      nationalApproval.organisationsWithoutAdmin(permissions, WITHOUT_ADMIN_SHOWN),
    ])
    res.render('pages/admin/access-queue', {
      registrations,
      requests,
      organisationsWithoutAdmin,
      roleNames,
      done: typeof req.query.done === 'string' ? req.query.done : undefined,
    })
  })

  const registrationOf = async (req: Request) => {
    const id = z.uuid().safeParse(req.params.userId)
    const user = id.success
      ? (await nationalApproval.registrationsAwaitingApproval(permissionsOf(req))).find(
          waiting => waiting.id === id.data,
        )
      : undefined
    if (!user) throw new HttpError(404, 'No such registration')
    return user
  }

  formRoute(router, '/admin/registrations/:userId', {
    schema: decideRegistrationSchema,
    show: async (req, res, form) => {
      res.render('pages/admin/decide-registration', { form, registrant: await registrationOf(req) })
    },
    submit: async (req, res, { decision }) => {
      const registrant = await registrationOf(req)
      const approve = decision === 'approve'
      await nationalApproval.decideRegistration(permissionsOf(req), registrant.id, approve, String(req.id))
      res.redirect(303, `/admin/access?done=${approve ? 'approved' : 'rejected'}`)
    },
  })

  return router
}
