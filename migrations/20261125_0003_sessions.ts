import type { Knex } from 'knex'

/** The table connect-pg-simple keeps web sessions in, in the shape it expects. */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    create table sessions (
      sid varchar not null primary key,
      sess json not null,
      expire timestamp(6) not null
    )`)
  await knex.raw('create index sessions_expire on sessions (expire)')
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('sessions')
}
