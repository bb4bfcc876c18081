import type { Knex } from 'knex'

/**
 * Email waiting to be sent, written in the same transaction as the change that causes it, so an
 * email is never lost and never sent for a change that was rolled back. Sent and parked rows stay
 * as the record of what was sent.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('email_outbox', table => {
    table.bigIncrements('id')
    table.string('template', 60).notNullable()
    table.string('recipient', 254).notNullable()
    // Links and codes only: never event free text, names or patient details.
    table.jsonb('personalisation').notNullable().defaultTo('{}')
    table.enu('status', ['pending', 'sent', 'parked']).notNullable().defaultTo('pending')
    table.integer('attempts').notNullable().defaultTo(0)
    table.timestamp('next_attempt_at', { useTz: true }).notNullable().defaultTo(knex.fn.now())
    table.string('last_error', 500)
    table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now())
    table.timestamp('sent_at', { useTz: true })
    table.timestamp('parked_at', { useTz: true })
  })
  await knex.raw("create index email_outbox_due on email_outbox (next_attempt_at) where status = 'pending'")
  await knex.raw("create index email_outbox_parked on email_outbox (parked_at) where status = 'parked'")

  // What the development mailbox "delivered": rendered as a person would read it.
  await knex.schema.createTable('development_mailbox', table => {
    table.bigIncrements('id')
    table.bigInteger('outbox_id').notNullable().references('email_outbox.id')
    table.string('recipient', 254).notNullable()
    table.string('subject', 200).notNullable()
    table.text('body').notNullable()
    table.timestamp('delivered_at', { useTz: true }).notNullable().defaultTo(knex.fn.now())
  })
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('development_mailbox')
  await knex.schema.dropTable('email_outbox')
}
