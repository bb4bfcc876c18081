import type { IdentifierType } from './types'

/** What a reader sees in place of each kind of identifier. */
export const PLACEHOLDERS: Record<IdentifierType, string> = {
  PERSON: '[name]',
  NHS_NUMBER: '[NHS number]',
  DATE_OF_BIRTH: '[date of birth]',
  DATE: '[date]',
  POSTCODE: '[postcode]',
  PHONE: '[phone number]',
  EMAIL: '[email address]',
  ADDRESS: '[address]',
  HOSPITAL_NUMBER: '[hospital number]',
  NI_NUMBER: '[National Insurance number]',
  AGE_OVER_89: '[age over 89]',
  URL: '[web address]',
  OTHER_ID: '[identifier]',
  MARKED: '[redacted]',
}
