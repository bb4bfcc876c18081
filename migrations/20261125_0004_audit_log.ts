import type { Knex } from 'knex'

/**
 * Who did what to which record, and when. The database refuses to change or remove a row, so no
 * bug and no person with the application's credentials can rewrite history.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('audit_log', table => {
    table.bigIncrements('id')
    table.timestamp('occurred_at', { useTz: true }).notNullable().defaultTo(knex.fn.now())
    table.uuid('actor_user_id').references('users.id')
    table.string('action', 100).notNullable()
    table.string('subject_type', 50).notNullable()
    table.string('subject_id', 100)
    table.jsonb('details').notNullable().defaultTo('{}')
    table.string('request_id', 64)
  })
  await knex.raw('create index audit_log_subject on audit_log (subject_type, subject_id, occurred_at)')
  await knex.raw(
    'create index audit_log_actor on audit_log (actor_user_id, occurred_at) where actor_user_id is not null',
  )
  await knex.raw('create index audit_log_occurred_at on audit_log using brin (occurred_at)')
  await knex.raw(`
    create function audit_log_is_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'the audit log is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
    end
    $$`)
  await knex.raw(`
    create trigger audit_log_no_update_or_delete before update or delete on audit_log
      for each row execute function audit_log_is_append_only()`)
  await knex.raw(`
    create trigger audit_log_no_truncate before truncate on audit_log
      for each statement execute function audit_log_is_append_only()`)
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('audit_log')
  await knex.raw('drop function audit_log_is_append_only()')
}
