import type { Knex } from 'knex'

/**
 * The bundled accounts service (the default OpenID Connect provider): its accounts, the provider's
 * grants, sessions and codes, and its signing keys. The application itself only knows `users`.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('accounts', table => {
    table.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'))
    table.string('email', 254).notNullable()
    table.string('first_name', 100).notNullable()
    table.string('last_name', 100).notNullable()
    table.string('job_role', 100).notNullable()
    table.integer('organisation_id').notNullable().references('organisations.id')
    table.enu('status', ['awaiting_activation', 'active', 'disabled']).notNullable()
    table.string('password_hash', 200)
    table.string('security_question', 100)
    table.string('security_answer_hash', 200)
    table.integer('failed_sign_ins').notNullable().defaultTo(0)
    table.timestamp('locked_until', { useTz: true })
    table.boolean('is_demo').notNullable().defaultTo(false)
    table.timestamps(true, true)
    table.timestamp('activated_at', { useTz: true })
  })
  await knex.raw('create unique index accounts_email_unique on accounts (lower(email))')

  // oidc-provider's models (sessions, grants, codes, tokens…), one row per model instance.
  await knex.schema.createTable('oidc_models', table => {
    table.string('id', 255).notNullable()
    table.string('type', 50).notNullable()
    table.jsonb('payload').notNullable()
    table.string('grant_id', 255)
    table.string('user_code', 255)
    table.string('uid', 255)
    table.timestamp('expires_at', { useTz: true })
    table.timestamp('consumed_at', { useTz: true })
    table.primary(['type', 'id'])
  })
  await knex.raw('create index oidc_models_grant_id on oidc_models (grant_id) where grant_id is not null')
  await knex.raw('create index oidc_models_uid on oidc_models (uid) where uid is not null')
  await knex.raw('create index oidc_models_expires_at on oidc_models (expires_at) where expires_at is not null')

  // Generated on first start and kept, so tokens stay valid across restarts and instances.
  await knex.schema.createTable('identity_signing_keys', table => {
    table.increments('id')
    table.jsonb('private_jwk').notNullable()
    table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now())
  })
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('identity_signing_keys')
  await knex.schema.dropTable('oidc_models')
  await knex.schema.dropTable('accounts')
}
