import type { Knex } from 'knex'

/** Attempts counted per key (an IP address or an email address) per time window, shared by every instance. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('rate_limits', table => {
    table.string('key', 300).notNullable()
    table.timestamp('window_start', { useTz: true }).notNullable()
    table.integer('attempts').notNullable()
    table.primary(['key', 'window_start'])
  })
  await knex.raw('create index rate_limits_window_start on rate_limits (window_start)')
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('rate_limits')
}
