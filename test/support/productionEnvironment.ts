import { notifyTemplateVariable } from '../../src/config'
import { emailTemplateNames } from '../../src/domain/email/emailTemplates'

/** A complete production configuration, for tests of what changes in production. */
export const productionEnvironment: Record<string, string> = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://app:secret@db.internal:5432/patient_safety',
  SESSION_SECRET: 'a-production-secret-that-is-long-enough-1234',
  HELPDESK_EMAIL: 'patientsafety.helpdesk@trust.nhs.uk',
  SERVICE_URL: 'https://record-patient-safety-events.example.nhs.uk',
  OIDC_CLIENT_SECRET: 'a-production-client-secret-that-is-long-enough',
  NOTIFY_API_KEY: 'live-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0',
  ...Object.fromEntries(
    emailTemplateNames.map((name, index) => [
      notifyTemplateVariable(name),
      `f33517ff-2a88-4f6e-b855-c550268ce0${String(index).padStart(2, '0')}`,
    ]),
  ),
}
