import { parse } from 'csv-parse/sync'
import { classifyOdsCode } from './classifyOdsCode'
import type { ImportedOrganisation } from './importedOrganisation'
import type { OrganisationType } from './organisationTypes'

export interface ParsedOdsExtract {
  organisations: ImportedOrganisation[]
  /** Rows that could not be read, by line number, so the person importing can fix the file. */
  rejected: { line: number; reason: string }[]
}

// The standard ODS CSV layout (epraccur, etr, edispensary, egdpprac…): no header row.
const CODE = 0
const NAME = 1
const NATIONAL_GROUPING = 2 // the NHS England region
const HIGH_LEVEL_HEALTH_GEOGRAPHY = 3 // the integrated care board
const CLOSE_DATE = 11
const STATUS_CODE = 12 // epraccur only: A active, C closed, D dormant, P proposed

const ODS_CODE = /^[A-Z0-9]{3,10}$/
const REGION_CODE = /^Y\d{2}$/
const ICB_CODE = /^Q[A-Z0-9]{2}$/

/**
 * Reads an ODS extract in the standard layout. Each row's type is the one given for the whole file
 * (an extract holds one kind of organisation) or, when none is given, the one its code's shape shows.
 */
export function parseOdsExtract(csv: string, fileType?: OrganisationType): ParsedOdsExtract {
  const records = parse(csv, { relax_column_count: true, skip_empty_lines: true, trim: true, bom: true }) as string[][]
  const result: ParsedOdsExtract = { organisations: [], rejected: [] }
  records.forEach((record, index) => {
    const line = index + 1
    const odsCode = (record[CODE] ?? '').toUpperCase()
    const name = record[NAME] ?? ''
    if (!ODS_CODE.test(odsCode)) return result.rejected.push({ line, reason: `"${odsCode}" is not an ODS code` })
    if (name === '' || name.length > 200)
      return result.rejected.push({ line, reason: 'the name is missing or too long' })
    const regionCode = record[NATIONAL_GROUPING] ?? ''
    const icbCode = record[HIGH_LEVEL_HEALTH_GEOGRAPHY] ?? ''
    const status = record[STATUS_CODE] ?? ''
    result.organisations.push({
      odsCode,
      name,
      type: fileType ?? classifyOdsCode(odsCode),
      regionCode: REGION_CODE.test(regionCode) ? regionCode : null,
      icbCode: ICB_CODE.test(icbCode) ? icbCode : null,
      isOpen: (record[CLOSE_DATE] ?? '') === '' && status !== 'C' && status !== 'D',
    })
  })
  return result
}
