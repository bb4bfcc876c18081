/** The kinds of access a membership gives, from the account types of the service. */
export const roles = ['standard', 'organisational', 'admin', 'read_only'] as const

export type Role = (typeof roles)[number]

/** How each role is named to people, in sentences such as "You have admin access". */
export const roleNames: Record<Role, string> = {
  standard: 'standard',
  organisational: 'organisational',
  admin: 'admin',
  read_only: 'read-only',
}

/** The access each role gives, as a heading or a choice. */
export const accessLabels: Record<Role, string> = {
  standard: 'Standard access',
  organisational: 'Organisational access',
  admin: 'Admin access',
  read_only: 'Read-only access',
}

/** What each role lets someone do, in the words shown when they ask for it. */
export const roleDescriptions: Record<Role, string> = {
  standard: 'Record events and see the events you recorded.',
  organisational: 'Search, review and update every event recorded for the organisation.',
  admin: 'Organisational access, and deciding who gets access to the organisation.',
  read_only: 'View and download the organisation’s events, and nothing else.',
}
