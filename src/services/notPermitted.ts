import type { Permissions } from '../domain/permissions/permissions'

/**
 * A service refusing to act for someone whose permissions do not allow it. Routes check first, so
 * this is a second line of defence; it reaches the person as "page not found", like anything else
 * outside what they may see.
 */
export class NotPermitted extends Error {
  readonly status = 404

  constructor(action: string) {
    super(`Not permitted to ${action}`)
    this.name = 'NotPermitted'
  }
}

export function mustBeNationalAdmin(permissions: Permissions): void {
  if (!permissions.isNationalAdmin) throw new NotPermitted('act as a national administrator')
}

export function mustManageUsers(permissions: Permissions, organisationId: number): void {
  if (!permissions.canFor('manageUsers', organisationId)) throw new NotPermitted('manage users of this organisation')
}
