import type { Knex } from 'knex'

/** A user's name as one column, or null when they gave none (someone who recorded anonymously has no row). */
export function personName(db: Knex, usersTable: string, as: string): Knex.Raw {
  return db.raw(`nullif(trim(??.first_name || ' ' || ??.last_name), '') as ??`, [usersTable, usersTable, as])
}
