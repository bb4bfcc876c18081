import type { Permissions } from '../../domain/permissions/permissions'

/** What the home page offers, by what the person's memberships let them do. */
export function homeOptions(permissions: Permissions) {
  return {
    memberships: permissions.grants,
    viewsEvents: permissions.reaches('view'),
    downloadsEvents: permissions.reaches('download'),
    managesUsers: permissions.grantsFor('manageUsers'),
    isNationalAdmin: permissions.isNationalAdmin,
  }
}
