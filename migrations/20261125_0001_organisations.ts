import type { Knex } from 'knex'
import { organisationTypes } from '../src/domain/organisations/organisationTypes'

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('organisations', table => {
    table.increments('id')
    table.string('ods_code', 12).notNullable().unique()
    table.string('name', 200).notNullable()
    table.enu('type', organisationTypes).notNullable()
    // An organisation's place in the hierarchy: the ICB it sits under and the NHS England region.
    table.integer('icb_id').references('organisations.id')
    table.integer('region_id').references('organisations.id')
    table.boolean('is_open').notNullable().defaultTo(true)
    table.boolean('is_demo').notNullable().defaultTo(false)
    table.timestamps(true, true)
  })
  await knex.raw('create index organisations_icb_id on organisations (icb_id) where icb_id is not null')
  await knex.raw('create index organisations_region_id on organisations (region_id) where region_id is not null')
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('organisations')
}
