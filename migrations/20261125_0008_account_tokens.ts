import type { Knex } from 'knex'

/**
 * Single-use links sent by email (activation, password reset, unlock). Only a hash of each token is
 * kept, so a copy of the database cannot be used to take over an account.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('account_tokens', table => {
    table.bigIncrements('id')
    table.uuid('account_id').notNullable().references('accounts.id').onDelete('CASCADE')
    table.enu('purpose', ['activation', 'password_reset', 'unlock']).notNullable()
    table.string('token_hash', 64).notNullable().unique()
    table.timestamp('expires_at', { useTz: true }).notNullable()
    table.timestamp('used_at', { useTz: true })
    table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now())
  })
  await knex.raw('create index account_tokens_account on account_tokens (account_id, purpose)')
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('account_tokens')
}
