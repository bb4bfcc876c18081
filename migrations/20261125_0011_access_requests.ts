import type { Knex } from 'knex'

/**
 * Memberships become the access someone has now; what they have asked for lives in access requests,
 * so that a member with standard access can ask for more while keeping what they have.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('access_requests', table => {
    table.increments('id')
    table.uuid('user_id').notNullable().references('users.id').onDelete('CASCADE')
    table.integer('organisation_id').notNullable().references('organisations.id')
    table.enu('role', ['standard', 'organisational', 'admin', 'read_only']).notNullable()
    table.enu('status', ['pending', 'approved', 'rejected', 'cancelled']).notNullable().defaultTo('pending')
    // Why the person asks, and why it was refused: shown to the people deciding and the requester only.
    table.string('reason', 500)
    table.string('decision_reason', 500)
    table.uuid('decided_by').references('users.id')
    table.timestamp('decided_at', { useTz: true })
    table.timestamps(true, true)
  })
  await knex.raw(
    "create unique index access_requests_one_pending on access_requests (user_id, organisation_id) where status = 'pending'",
  )
  await knex.raw("create index access_requests_pending on access_requests (organisation_id) where status = 'pending'")

  await knex.raw(`
    insert into access_requests (user_id, organisation_id, role, status, reason, created_at, updated_at)
    select user_id, organisation_id, role, 'pending', reason, created_at, updated_at
    from memberships where status = 'pending'`)
  await knex('memberships').whereNot('status', 'active').delete()
  await knex.schema.alterTable('memberships', table => {
    table.dropColumn('status')
    table.renameColumn('decided_by', 'granted_by')
    table.renameColumn('decided_at', 'granted_at')
  })
  await knex.raw('drop index if exists memberships_organisation')
  await knex.raw('create index memberships_organisation on memberships (organisation_id, role)')
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index if exists memberships_organisation')
  await knex.schema.alterTable('memberships', table => {
    table.enu('status', ['pending', 'active', 'rejected', 'revoked']).notNullable().defaultTo('active')
    table.renameColumn('granted_by', 'decided_by')
    table.renameColumn('granted_at', 'decided_at')
  })
  await knex.raw('create index memberships_organisation on memberships (organisation_id, status)')
  await knex.schema.dropTable('access_requests')
}
