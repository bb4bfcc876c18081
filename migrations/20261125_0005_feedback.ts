import type { Knex } from 'knex'

/** What people tell us about the service through the phase banner's feedback link. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('feedback', table => {
    table.increments('id')
    table.timestamp('submitted_at', { useTz: true }).notNullable().defaultTo(knex.fn.now())
    table.string('satisfaction', 30).notNullable()
    table.string('improvements', 1200)
    table.string('page', 200)
  })
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('feedback')
}
