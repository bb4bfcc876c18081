import type { Permissions } from '../../domain/permissions/permissions'

/** What the home page offers, by what the person's memberships let them do. */
export function homeOptions(permissions: Permissions) {
  return {
    memberships: permissions.grants,
    viewsEvents: permissions.eventScope('view').organisationIds.length > 0,
    downloadsEvents: permissions.eventScope('download').organisationIds.length > 0,
    managesUsers: permissions.grantsFor('manageUsers'),
    isNationalAdmin: permissions.isNationalAdmin,
  }
}
