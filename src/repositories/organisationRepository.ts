import type { Knex } from 'knex'
import type { OrganisationRow } from '../db/tables'
import type { OrganisationType } from '../domain/organisations/organisationTypes'

export interface Organisation {
  id: number
  odsCode: string
  name: string
  type: OrganisationType
  icbId: number | null
  regionId: number | null
  isOpen: boolean
  isDemo: boolean
}

export type OrganisationValues = Omit<Organisation, 'id'>

/** What to do with an organisation whose ODS code is already known. */
export type OnExisting = 'update' | 'keep'

// Comfortably under PostgreSQL's 65,535 bind parameters per statement.
const BATCH_SIZE = 2000

export class OrganisationRepository {
  constructor(private readonly db: Knex) {}

  async findByOdsCode(odsCode: string, trx?: Knex.Transaction): Promise<Organisation | undefined> {
    const row = await (trx ?? this.db)('organisations').where({ ods_code: odsCode }).first()
    return row && toOrganisation(row)
  }

  async findById(id: number, trx?: Knex.Transaction): Promise<Organisation | undefined> {
    const row = await (trx ?? this.db)('organisations').where({ id }).first()
    return row && toOrganisation(row)
  }

  /**
   * Open organisations of the given types whose name contains the words, or whose ODS code starts
   * with them; an exact code first, then by name.
   */
  async search(words: string, types: readonly OrganisationType[], limit: number): Promise<Organisation[]> {
    const escaped = words.trim().replace(/[\\%_]/g, match => `\\${match}`)
    const rows = await this.db('organisations')
      .whereIn('type', types)
      .andWhere('is_open', true)
      .andWhere(query => query.whereILike('name', `%${escaped}%`).orWhereILike('ods_code', `${escaped}%`))
      .orderByRaw('upper(ods_code) = upper(?) desc, name', [words.trim()])
      .limit(limit)
    return rows.map(toOrganisation)
  }

  /** The ids of those of the given ODS codes that are known. */
  async idsByOdsCode(odsCodes: readonly string[], trx?: Knex.Transaction): Promise<Map<string, number>> {
    if (odsCodes.length === 0) return new Map()
    const rows = await (trx ?? this.db)('organisations')
      .select('id', 'ods_code')
      .whereIn('ods_code', [...new Set(odsCodes)])
    return new Map(rows.map(row => [row.ods_code, row.id]))
  }

  /** Inserts organisations in batches; returns how many were new and how many were changed. */
  async upsertMany(
    organisations: readonly OrganisationValues[],
    onExisting: OnExisting,
    trx: Knex.Transaction,
  ): Promise<{ inserted: number; updated: number }> {
    let inserted = 0
    let updated = 0
    for (let start = 0; start < organisations.length; start += BATCH_SIZE) {
      const rows = organisations.slice(start, start + BATCH_SIZE).map(toRow)
      const insert = trx('organisations').insert(rows).onConflict('ods_code')
      if (onExisting === 'keep') {
        inserted += (await insert.ignore().returning('id')).length
      } else {
        const changed = await insert
          .merge(['name', 'type', 'icb_id', 'region_id', 'is_open', 'is_demo', 'updated_at'])
          // xmax is zero only on a freshly inserted row: it tells inserts from updates in one statement.
          .returning(trx.raw('(xmax = 0) as inserted'))
        const fresh = (changed as unknown as { inserted: boolean }[]).filter(row => row.inserted).length
        inserted += fresh
        updated += changed.length - fresh
      }
    }
    return { inserted, updated }
  }
}

function toRow(organisation: OrganisationValues) {
  return {
    ods_code: organisation.odsCode,
    name: organisation.name,
    type: organisation.type,
    icb_id: organisation.icbId,
    region_id: organisation.regionId,
    is_open: organisation.isOpen,
    is_demo: organisation.isDemo,
    updated_at: new Date(),
  }
}

function toOrganisation(row: OrganisationRow): Organisation {
  return {
    id: row.id,
    odsCode: row.ods_code,
    name: row.name,
    type: row.type,
    icbId: row.icb_id,
    regionId: row.region_id,
    isOpen: row.is_open,
    isDemo: row.is_demo,
  }
}
