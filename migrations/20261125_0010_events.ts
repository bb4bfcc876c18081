import type { Knex } from 'knex'

/**
 * Patient safety events, every version of each, and the drafts people are still writing. The full
 * answers are kept as JSON (checked by one schema in the application); everything a dashboard
 * filters or counts on is copied into its own indexed column when a version is written.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('events', table => {
    table.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'))
    table.string('reference', 11).notNullable().unique()
    // The draft (or anonymous session record) it came from: a repeated submission finds the event.
    table.uuid('submission_key').notNullable().unique()
    table.integer('organisation_id').notNullable().references('organisations.id')
    table.string('event_type', 10).notNullable()
    table.string('source', 12).notNullable()
    table.string('status', 20).notNullable().defaultTo('submitted')
    table.uuid('recorded_by').references('users.id')
    table.integer('revision').notNullable().defaultTo(1)
    table.date('occurred_from')
    table.date('occurred_to')
    table.timestamp('recorded_at', { useTz: true }).notNullable().defaultTo(knex.fn.now())
    table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now())
    table.specificType('service_areas', 'text[]').notNullable().defaultTo('{}')
    table.string('location_type', 4)
    table.string('specialty', 4)
    // LFPSE harm codes: lower is worse (1 is fatal), so the highest harm is the smallest code.
    table.smallint('highest_physical_harm')
    table.smallint('highest_psychological_harm')
    table.specificType('safety_challenges', 'text[]').notNullable().defaultTo('{}')
    table.specificType('agents', 'text[]').notNullable().defaultTo('{}')
    table.smallint('patient_count')
    table.smallint('level_of_concern')
    table.jsonb('answers').notNullable()
  })
  await knex.raw(
    `alter table events add constraint events_event_type check (event_type in ('incident', 'outcome', 'risk', 'goodCare'))`,
  )
  await knex.raw(
    `alter table events add constraint events_source check (source in ('online', 'anonymous', 'local_system'))`,
  )
  await knex.raw(`alter table events add constraint events_occurred check (occurred_from <= occurred_to)`)
  await knex.raw('create index events_organisation_recorded on events (organisation_id, recorded_at desc)')
  await knex.raw(
    'create index events_recorded_by on events (recorded_by, recorded_at desc) where recorded_by is not null',
  )
  await knex.raw('create index events_recorded_at on events (recorded_at desc)')
  await knex.raw('create index events_occurred on events (occurred_from, occurred_to)')
  await knex.raw('create index events_type_status on events (event_type, status)')
  await knex.raw(
    'create index events_physical_harm on events (highest_physical_harm) where highest_physical_harm is not null',
  )
  await knex.raw(
    'create index events_psychological_harm on events (highest_psychological_harm) where highest_psychological_harm is not null',
  )
  await knex.raw('create index events_specialty on events (specialty) where specialty is not null')
  await knex.raw('create index events_location_type on events (location_type) where location_type is not null')
  for (const column of ['service_areas', 'safety_challenges', 'agents']) {
    await knex.raw(`create index events_${column} on events using gin (${column})`)
  }

  await knex.schema.createTable('event_revisions', table => {
    table.uuid('event_id').notNullable().references('events.id').onDelete('cascade')
    table.integer('revision').notNullable()
    table.jsonb('answers').notNullable()
    table.uuid('changed_by').references('users.id')
    table.timestamp('changed_at', { useTz: true }).notNullable().defaultTo(knex.fn.now())
    // The questions whose answers changed from the version before (their labels, never the answers).
    table.jsonb('changes').notNullable().defaultTo('[]')
    table.primary(['event_id', 'revision'])
  })

  await knex.schema.createTable('event_drafts', table => {
    table.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'))
    table.uuid('user_id').notNullable().references('users.id').onDelete('cascade')
    // Set when the draft amends a submitted event, with the version it started from.
    table.uuid('event_id').references('events.id').onDelete('cascade')
    table.integer('base_revision')
    table.jsonb('answers').notNullable()
    table.specificType('visited', 'text[]').notNullable().defaultTo('{}')
    table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now())
    table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now())
  })
  await knex.raw('create index event_drafts_user on event_drafts (user_id, updated_at desc)')
  await knex.raw('create index event_drafts_amending on event_drafts (event_id) where event_id is not null')
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('event_drafts')
  await knex.schema.dropTable('event_revisions')
  await knex.schema.dropTable('events')
}
