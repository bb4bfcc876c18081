import type { Knex } from 'knex'

/**
 * Each version of an event says why it was made and through what (the recorder, a reviewer, a local
 * risk system); and each event has a timeline of what happened to it, for the people involved,
 * apart from the audit log, which records who looked at what for those who check the service.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('event_revisions', table => {
    table.string('reason', 500)
    table.string('source', 20).notNullable().defaultTo('recorder')
  })
  await knex.raw(
    "alter table event_revisions add constraint event_revisions_source check (source in ('recorder', 'reviewer', 'local_system'))",
  )
  await knex.schema.createTable('event_timeline', table => {
    table.bigIncrements('id')
    table.uuid('event_id').notNullable().references('id').inTable('events').onDelete('cascade')
    table.string('kind', 30).notNullable()
    table.uuid('actor_user_id').references('id').inTable('users')
    table.integer('revision')
    table.string('from_status', 20)
    table.string('to_status', 20)
    table.string('reason', 500)
    table.timestamp('at', { useTz: true }).notNullable().defaultTo(knex.fn.now())
    table.index(['event_id', 'at', 'id'])
  })
  // Events recorded before the timeline existed start theirs with being recorded.
  await knex.raw(`
    insert into event_timeline (event_id, kind, actor_user_id, revision, to_status, at)
    select id, 'recorded', recorded_by, 1, 'submitted', recorded_at from events
  `)
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('event_timeline')
  await knex.raw('alter table event_revisions drop constraint event_revisions_source')
  await knex.schema.alterTable('event_revisions', table => {
    table.dropColumn('reason')
    table.dropColumn('source')
  })
}
