import { z } from 'zod'
import type { KnownIdentifiers } from './types'

const text = z.string().nullish()

/**
 * What a record says about its people, as local systems and the labelled sets send it (snake_case).
 * Dates of birth are best given as ISO dates; other written dates are read too.
 */
export const recordedKnownSchema = z.strictObject({
  patient_name: text,
  patient_dob: text,
  nhs_number: text,
  hospital_number: text,
  patient_postcode: text,
  patient_address: text,
  patient_phone: text,
  reporter_name: text,
  staff_names: z.array(z.string()).nullish(),
})

type RecordedKnown = z.infer<typeof recordedKnownSchema>

const list = (value: string | null | undefined) => (value ? [value] : undefined)

/** The recorded identifiers in the form the redactor takes. */
export function toKnownIdentifiers(recorded: RecordedKnown): KnownIdentifiers {
  return {
    patientNames: list(recorded.patient_name),
    patientDateOfBirth: recorded.patient_dob ?? undefined,
    nhsNumbers: list(recorded.nhs_number),
    hospitalNumbers: list(recorded.hospital_number),
    postcodes: list(recorded.patient_postcode),
    addresses: list(recorded.patient_address),
    phoneNumbers: list(recorded.patient_phone),
    reporterName: recorded.reporter_name ?? undefined,
    staffNames: recorded.staff_names ?? undefined,
  }
}
