import { Router, type Request } from 'express'
import { z } from 'zod'
import { accessLabels, roleDescriptions, roleNames, roles } from '../../domain/permissions/roles'
import { HttpError } from '../../httpError'
import { requireSignIn } from '../../middleware/setUpAuthentication'
import { permissionsOf } from '../../middleware/setUpPermissions'
import type { AccessRequestService } from '../../services/access/accessRequestService'
import type { MembershipService } from '../../services/access/membershipService'
import type { OrganisationDirectory } from '../../services/organisations/organisationDirectory'
import { organisationTypes } from '../../domain/organisations/organisationTypes'
import { formRoute } from '../formRoute'
import { amendAccessSchema, chooseOrganisationSchema, odsCodeParam, REASON_MAX_LENGTH } from './accountSchemas'

const SEARCH_RESULTS = 20
const accessRequestId = z.coerce.number().int().positive()

/** Account settings: the person's organisations, joining others, and asking for more access. */
export function accountRouter(
  accessRequests: AccessRequestService,
  memberships: MembershipService,
  organisations: OrganisationDirectory,
): Router {
  const router = Router()
  router.use('/account', requireSignIn)

  /** One of the person's own memberships, named by ODS code in the address; anything else is not found. */
  const membershipOf = (req: Request) => {
    const odsCode = odsCodeParam.safeParse(req.params.odsCode)
    const membership = odsCode.success && permissionsOf(req).grants.find(grant => grant.odsCode === odsCode.data)
    if (!membership) throw new HttpError(404, 'Not a member of that organisation')
    return membership
  }

  router.get('/account/organisations', async (req, res) => {
    const permissions = permissionsOf(req)
    res.render('pages/account/organisations', {
      memberships: permissions.grants,
      pendingRequests: await accessRequests.pendingRequestsOf(permissions.user.id),
      roleNames,
      done: typeof req.query.done === 'string' ? req.query.done : undefined,
    })
  })

  formRoute(router, '/account/organisations/add', {
    schema: chooseOrganisationSchema,
    show: async (req, res, form) => {
      const query = typeof req.query.q === 'string' ? req.query.q.trim().slice(0, 100) : ''
      const results = query.length >= 2 ? await organisations.search(query, organisationTypes, SEARCH_RESULTS) : []
      res.render('pages/account/add-organisation', { form, query, results, searchLimit: SEARCH_RESULTS })
    },
    submit: async (req, res, { organisation: odsCode }) => {
      const organisation = await organisations.findByOdsCode(odsCode)
      if (!organisation) throw new HttpError(400, 'No such organisation')
      const result = await accessRequests.addOrganisation(req.user!, organisation, String(req.id))
      res.redirect(303, `/account/organisations?done=${result}`)
    },
  })

  formRoute(router, '/account/organisations/:odsCode/amend', {
    schema: amendAccessSchema,
    show: (req, res, form) => {
      const membership = membershipOf(req)
      const choices = roles.filter(role => role !== membership.role)
      res.render('pages/account/amend-access', {
        form,
        membership,
        choices: choices.map(role => ({
          value: role,
          text: accessLabels[role],
          hint: { text: roleDescriptions[role] },
        })),
        currentRole: roleNames[membership.role],
        reasonMaxLength: REASON_MAX_LENGTH,
      })
    },
    submit: async (req, res, { role, reason }) => {
      const membership = membershipOf(req)
      const result = await accessRequests.requestAccess(
        req.user!,
        membership.organisationId,
        role,
        reason,
        String(req.id),
      )
      res.redirect(303, `/account/requests?done=${result}`)
    },
  })

  formRoute(router, '/account/organisations/:odsCode/remove', {
    schema: z.object({}),
    show: (req, res, form) => res.render('pages/account/remove-organisation', { form, membership: membershipOf(req) }),
    submit: async (req, res) => {
      const membership = membershipOf(req)
      const result = await memberships.leave(req.user!, membership.organisationId, String(req.id))
      if (result === 'lastAdmin') {
        res.status(400)
        return res.render('pages/account/remove-organisation', { membership, lastAdmin: true })
      }
      res.redirect(303, '/account/organisations?done=removed')
    },
  })

  router.get('/account/requests', async (req, res) => {
    res.render('pages/account/requests', {
      requests: await accessRequests.pendingRequestsOf(req.user!.id),
      roleNames,
      done: typeof req.query.done === 'string' ? req.query.done : undefined,
    })
  })

  formRoute(router, '/account/requests/:requestId/cancel', {
    schema: z.object({}),
    show: async (req, res) => {
      const request = await ownPendingRequest(req)
      res.render('pages/account/cancel-request', { request, roleName: roleNames[request.role] })
    },
    submit: async (req, res) => {
      const request = await ownPendingRequest(req)
      await accessRequests.cancelRequest(req.user!, request.id, String(req.id))
      res.redirect(303, '/account/requests?done=cancelled')
    },
  })

  const ownPendingRequest = async (req: Request) => {
    const id = accessRequestId.safeParse(req.params.requestId)
    const request = id.success
      ? (await accessRequests.pendingRequestsOf(req.user!.id)).find(pending => pending.id === id.data)
      : undefined
    if (!request) throw new HttpError(404, 'No such request')
    return request
  }

  return router
}
