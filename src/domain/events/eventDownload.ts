import { codeSystem, type CodeSystemId } from '../taxonomy/codeSystems'
import { csvLine } from './csv'

/** What a download knows of an event: codes and dates, never free text or who recorded it. */
export interface DownloadRow {
  reference: string
  organisationOdsCode: string
  organisationName: string
  eventType: string
  status: string
  source: string
  recordedAt: Date
  occurredFrom: string | null
  occurredTo: string | null
  physicalHarm: number | null
  psychologicalHarm: number | null
  patientCount: number | null
  revision: number
}

const display = (id: CodeSystemId) => {
  const byCode = new Map(codeSystem(id).codes.map(code => [code.code, code.display]))
  return (code: number | null) => (code === null ? '' : (byCode.get(String(code)) ?? String(code)))
}
const physicalHarm = display('levelOfPhysicalHarm')
const psychologicalHarm = display('levelOfPsychologicalHarm')

export const downloadHeader = csvLine([
  'Reference',
  'Organisation code',
  'Organisation',
  'Type of event',
  'Status',
  'How it was recorded',
  'Recorded (UTC)',
  'Happened from',
  'Happened to',
  'Worst physical harm',
  'Worst psychological harm',
  'Patients',
  'Version',
])

/** One event as a line of the download. */
export function downloadLine(event: DownloadRow, typeNames: Readonly<Record<string, string>>): string {
  return csvLine([
    event.reference,
    event.organisationOdsCode,
    event.organisationName,
    typeNames[event.eventType] ?? event.eventType,
    event.status,
    event.source,
    event.recordedAt.toISOString(),
    event.occurredFrom,
    event.occurredTo,
    physicalHarm(event.physicalHarm),
    psychologicalHarm(event.psychologicalHarm),
    event.patientCount,
    event.revision,
  ])
}
