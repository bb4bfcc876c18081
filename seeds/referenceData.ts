import { readFile } from 'node:fs/promises'
import { parse } from 'csv-parse/sync'
import { z } from 'zod'
import { classifyOdsCode } from '../src/domain/organisations/classifyOdsCode'
import type { ImportedOrganisation } from '../src/domain/organisations/importedOrganisation'
import { projectPath } from '../src/projectPath'

/** NHS England itself, which oversees every region. */
const nhsEngland: ImportedOrganisation = {
  odsCode: 'X24',
  name: 'NHS England',
  type: 'national',
  icbCode: null,
  regionCode: null,
  isOpen: true,
}

const regionOrIcbSchema = z.strictObject({
  type: z.enum(['region', 'icb']),
  code: z.string().regex(/^[A-Z0-9]{3}$/),
  name: z.string().min(1),
  region_code: z.string(),
  ons_code: z.string(),
})

const listedOrganisationSchema = z.strictObject({ code: z.string().min(1), name: z.string().min(1) })

/**
 * The organisations everyone can choose from: NHS England, its 7 regions, the 42 ICBs and the
 * 16,496 organisations of the LFPSE v5 list. The v5 list gives only codes and names, so no ICB or
 * region is claimed for those; an ODS import fills them in.
 */
export async function referenceOrganisations(): Promise<ImportedOrganisation[]> {
  const regionsAndIcbs = z
    .array(regionOrIcbSchema)
    .parse(parse(await readFile(projectPath('data/regions-and-icbs.csv')), { columns: true }))
    .map((row): ImportedOrganisation => ({
      odsCode: row.code,
      name: row.name,
      type: row.type,
      icbCode: null,
      regionCode: row.type === 'icb' ? row.region_code : null,
      isOpen: true,
    }))
  const listed = z
    .array(listedOrganisationSchema)
    .parse(parse(await readFile(projectPath('data/taxonomy/organisations.csv')), { columns: true }))
    .map((row): ImportedOrganisation => {
      const type = classifyOdsCode(row.code)
      return {
        odsCode: row.code,
        name: row.name,
        type,
        icbCode: null,
        regionCode: null,
        // Clinical commissioning groups were abolished on 1 July 2022, when ICBs took over.
        isOpen: !(type === 'commissioner' && / CCG$/i.test(row.name)),
      }
    })
  return [nhsEngland, ...regionsAndIcbs, ...listed]
}
