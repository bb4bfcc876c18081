import { Router, type Request } from 'express'
import { z } from 'zod'
import { accessLabels, roleDescriptions, roleNames, roles } from '../../domain/permissions/roles'
import { HttpError } from '../../httpError'
import { requireSignIn } from '../../middleware/setUpAuthentication'
import { permissionsOf } from '../../middleware/setUpPermissions'
import type { AccessRequestService } from '../../services/access/accessRequestService'
import type { MembershipService } from '../../services/access/membershipService'
import type { OrganisationDirectory } from '../../services/organisations/organisationDirectory'
import { odsCodeParam, REASON_MAX_LENGTH } from '../account/accountSchemas'
import { formRoute } from '../formRoute'
import { decisionRefusal } from './decisionRefusal'
import { changeMemberSchema, decideRequestSchema, endsOnOf, externalAccessSchema } from './manageUsersSchemas'

/** The access an admin can give someone, or take away. */
const memberChoices = [
  ...roles.map(role => ({ value: role, text: accessLabels[role], hint: { text: roleDescriptions[role] } })),
  { divider: 'or' },
  { value: 'remove', text: 'Remove their access', hint: { text: 'They keep the events they recorded.' } },
]

const numericId = z.coerce.number().int().positive()
const userId = z.uuid()

/**
 * "Manage users" for an organisation's admins: requests to decide, current users and their roles,
 * and read-only access for people from other organisations. National administrators decide
 * requests for organisations that have no admin. Anyone else is told there is no such page.
 */
export function manageUsersRouter(
  accessRequests: AccessRequestService,
  memberships: MembershipService,
  organisations: OrganisationDirectory,
): Router {
  const router = Router()
  router.use(
    ['/organisations/:odsCode/users', '/organisations/:odsCode/requests', '/organisations/:odsCode/external-access'],
    requireSignIn,
  )

  const organisationOf = async (req: Request) => {
    const odsCode = odsCodeParam.safeParse(req.params.odsCode)
    const organisation = odsCode.success ? await organisations.findByOdsCode(odsCode.data) : undefined
    if (!organisation) throw new HttpError(404, 'No such organisation')
    return organisation
  }

  const managedOrganisation = async (req: Request) => {
    const organisation = await organisationOf(req)
    if (!permissionsOf(req).canFor('manageUsers', organisation.id)) throw new HttpError(404, 'Not an admin here')
    return organisation
  }

  const memberOf = async (req: Request) => {
    const organisation = await managedOrganisation(req)
    const id = userId.safeParse(req.params.userId)
    const member = id.success ? await memberships.memberOf(permissionsOf(req), organisation.id, id.data) : undefined
    if (!member) throw new HttpError(404, 'No such member')
    return { organisation, member }
  }

  const requestToDecide = async (req: Request) => {
    const organisation = await organisationOf(req)
    const id = numericId.safeParse(req.params.requestId)
    const request = id.success ? await accessRequests.findRequestToDecide(permissionsOf(req), id.data) : undefined
    if (!request || request.organisationId !== organisation.id) throw new HttpError(404, 'No such request')
    return request
  }

  router.get('/organisations/:odsCode/users', async (req, res) => {
    const organisation = await managedOrganisation(req)
    const permissions = permissionsOf(req)
    const [requests, members] = await Promise.all([
      accessRequests.pendingRequestsFor(permissions, organisation.id),
      memberships.membersOf(permissions, organisation.id),
    ])
    res.render('pages/manage-users/users', {
      organisation,
      requests,
      members: members.filter(member => !member.endsOn),
      externalMembers: members.filter(member => member.endsOn),
      roleNames,
      userId: req.user!.id,
      done: typeof req.query.done === 'string' ? req.query.done : undefined,
    })
  })

  formRoute(router, '/organisations/:odsCode/requests/:requestId', {
    schema: decideRequestSchema,
    show: async (req, res, form) => {
      const request = await requestToDecide(req)
      res.render('pages/manage-users/decide-request', { form, request, roleNames, reasonMaxLength: REASON_MAX_LENGTH })
    },
    submit: async (req, res, answers) => {
      const request = await requestToDecide(req)
      const permissions = permissionsOf(req)
      const decision = { approve: answers.decision === 'approve', reason: answers.reason || null }
      const result = await accessRequests.decide(permissions, request.id, decision, String(req.id))
      const isAdmin = permissions.canFor('manageUsers', request.organisationId)
      if (result === 'approved' || result === 'rejected') {
        const backTo = isAdmin ? `/organisations/${request.odsCode}/users` : '/admin/access'
        return res.redirect(303, `${backTo}?done=${result}`)
      }
      res.status(400)
      const message = decisionRefusal(result, request, isAdmin)
      const errors = { list: [{ text: message, href: '#decision' }], byField: { decision: { text: message } } }
      res.render('pages/manage-users/decide-request', {
        form: { values: answers, errors },
        request,
        roleNames,
        reasonMaxLength: REASON_MAX_LENGTH,
      })
    },
  })

  formRoute(router, '/organisations/:odsCode/users/:userId', {
    schema: changeMemberSchema,
    show: async (req, res, form) => {
      const { organisation, member } = await memberOf(req)
      res.render('pages/manage-users/change-member', {
        form,
        organisation,
        member,
        choices: memberChoices,
        reasonMaxLength: REASON_MAX_LENGTH,
      })
    },
    submit: async (req, res, { role, reason }) => {
      const { organisation, member } = await memberOf(req)
      const newRole = role === 'remove' ? null : role
      const result = await memberships.changeRole(
        permissionsOf(req),
        organisation.id,
        member.userId,
        newRole,
        reason,
        String(req.id),
      )
      if (result === 'lastAdmin') {
        res.status(400)
        const message =
          member.userId === req.user!.id
            ? 'You are the only admin, so you cannot remove or change your own admin access. Give someone else admin access first.'
            : `${member.firstName} ${member.lastName} is the only admin, so their admin access cannot be removed or changed. Give someone else admin access first.`
        const errors = { list: [{ text: message, href: '#role' }], byField: { role: { text: message } } }
        return res.render('pages/manage-users/change-member', {
          form: { values: { role, reason }, errors },
          organisation,
          member,
          choices: memberChoices,
          reasonMaxLength: REASON_MAX_LENGTH,
        })
      }
      res.redirect(303, `/organisations/${organisation.odsCode}/users?done=${newRole ? 'changed' : 'removed'}`)
    },
  })

  formRoute(router, '/organisations/:odsCode/external-access', {
    schema: externalAccessSchema(),
    show: async (req, res, form) => {
      const organisation = await managedOrganisation(req)
      res.render('pages/manage-users/external-access', { form, organisation, reasonMaxLength: REASON_MAX_LENGTH })
    },
    submit: async (req, res, answers) => {
      const organisation = await managedOrganisation(req)
      const grant = { email: answers.email, reason: answers.reason, endsOn: endsOnOf(answers)! }
      const result = await memberships.grantExternalReadOnly(permissionsOf(req), organisation.id, grant, String(req.id))
      if (result !== 'granted') {
        res.status(400)
        const message =
          result === 'noSuchUser'
            ? 'There is no account with that email address. Ask them to register first.'
            : 'That person already has access to this organisation. Change their access from the list of users.'
        const errors = { list: [{ text: message, href: '#email' }], byField: { email: { text: message } } }
        return res.render('pages/manage-users/external-access', {
          form: { values: answers, errors },
          organisation,
          reasonMaxLength: REASON_MAX_LENGTH,
        })
      }
      res.redirect(303, `/organisations/${organisation.odsCode}/users?done=granted`)
    },
  })

  return router
}
