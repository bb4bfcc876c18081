import type { Knex } from 'knex'

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('users', table => {
    table.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'))
    // Who vouches for this user: the OpenID Connect issuer and its subject claim.
    table.string('issuer', 255).notNullable()
    table.string('subject', 255).notNullable()
    table.string('email', 254).notNullable()
    table.string('first_name', 100).notNullable()
    table.string('last_name', 100).notNullable()
    table.string('job_role', 100)
    table.enu('status', ['pending', 'active', 'disabled']).notNullable().defaultTo('pending')
    table.boolean('is_national_admin').notNullable().defaultTo(false)
    table.boolean('is_demo').notNullable().defaultTo(false)
    table.timestamps(true, true)
    table.timestamp('last_signed_in_at', { useTz: true })
    table.unique(['issuer', 'subject'])
  })
  await knex.raw('create unique index users_email_unique on users (lower(email))')

  await knex.schema.createTable('memberships', table => {
    table.increments('id')
    table.uuid('user_id').notNullable().references('users.id').onDelete('CASCADE')
    table.integer('organisation_id').notNullable().references('organisations.id')
    table.enu('role', ['standard', 'organisational', 'admin', 'read_only']).notNullable()
    table.enu('status', ['pending', 'active', 'rejected', 'revoked']).notNullable()
    // Why access was asked for or granted, and when external read-only access ends by itself.
    table.string('reason', 500)
    table.date('ends_on')
    table.uuid('decided_by').references('users.id')
    table.timestamp('decided_at', { useTz: true })
    table.timestamps(true, true)
    table.unique(['user_id', 'organisation_id'])
  })
  await knex.raw('create index memberships_organisation on memberships (organisation_id, status)')
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('memberships')
  await knex.schema.dropTable('users')
}
