import type { Knex } from 'knex'
import type { ImportedOrganisation } from '../domain/organisations/importedOrganisation'
import type { OrganisationType } from '../domain/organisations/organisationTypes'
import type { AuditRepository } from '../repositories/auditRepository'
import type { OnExisting, OrganisationRepository } from '../repositories/organisationRepository'

export interface ImportOptions {
  /** Where the list came from, for the audit log (a file name or "reference data"). */
  source: string
  onExisting: OnExisting
  isDemo?: boolean
}

export interface ImportSummary {
  inserted: number
  updated: number
  /** Parents named in the list that are not known organisations, so the link was left empty. */
  unknownParents: string[]
}

// Parents are loaded before their children so that each level can point at the one above.
const levels: ReadonlyArray<(type: OrganisationType) => boolean> = [
  type => type === 'national' || type === 'region',
  type => type === 'icb',
  type => !['national', 'region', 'icb'].includes(type),
]

/** Loads organisation lists (the bundled reference data or an ODS extract) in one transaction. */
export class OrganisationImportService {
  constructor(
    private readonly db: Knex,
    private readonly organisations: OrganisationRepository,
    private readonly audit: AuditRepository,
  ) {}

  async importOrganisations(list: readonly ImportedOrganisation[], options: ImportOptions): Promise<ImportSummary> {
    return this.db.transaction(async trx => {
      const summary: ImportSummary = { inserted: 0, updated: 0, unknownParents: [] }
      // A list that names a code twice means its last entry, as a later line corrects an earlier one.
      const latest = [...new Map(list.map(organisation => [organisation.odsCode, organisation])).values()]
      for (const belongsToLevel of levels) {
        const level = latest.filter(organisation => belongsToLevel(organisation.type))
        if (level.length === 0) continue
        const parentCodes = level.flatMap(o => [o.icbCode, o.regionCode]).filter((c): c is string => c !== null)
        const parentIds = await this.organisations.idsByOdsCode(parentCodes, trx)
        const idOf = (code: string | null) => {
          if (code === null) return null
          const id = parentIds.get(code)
          if (id === undefined && !summary.unknownParents.includes(code)) summary.unknownParents.push(code)
          return id ?? null
        }
        const values = level.map(organisation => ({
          odsCode: organisation.odsCode,
          name: organisation.name,
          type: organisation.type,
          icbId: idOf(organisation.icbCode),
          regionId: idOf(organisation.regionCode),
          isOpen: organisation.isOpen,
          isDemo: options.isDemo ?? false,
        }))
        const counts = await this.organisations.upsertMany(values, options.onExisting, trx)
        summary.inserted += counts.inserted
        summary.updated += counts.updated
      }
      await this.audit.record(
        {
          action: 'organisations.imported',
          subjectType: 'organisations',
          details: { source: options.source, inserted: summary.inserted, updated: summary.updated },
        },
        trx,
      )
      return summary
    })
  }
}
