import type { Knex } from 'knex'

/**
 * Beside each event's answers, a copy in which free text has names and other identifiers replaced,
 * for everyone but its recorder, with the version of the rules that made it; and the words the
 * recorder asked to hide as well.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('events', table => {
    table.jsonb('redacted_answers')
    table.smallint('redactor_version')
    table.specificType('hidden_words', 'text[]').notNullable().defaultTo('{}')
  })
  // Events redacted by older rules (or not yet) are found quickly by the job that redoes them.
  await knex.raw('create index events_redactor_version on events (redactor_version nulls first, id)')
  await knex.schema.alterTable('event_drafts', table => {
    table.specificType('hidden_words', 'text[]').notNullable().defaultTo('{}')
  })
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('event_drafts', table => table.dropColumn('hidden_words'))
  await knex.raw('drop index if exists events_redactor_version')
  await knex.schema.alterTable('events', table => {
    table.dropColumn('redacted_answers')
    table.dropColumn('redactor_version')
    table.dropColumn('hidden_words')
  })
}
