/**
 * Row types of the tables, so that knex queries are typed. Columns use the database's snake_case
 * names; repositories map rows to domain objects.
 */
import type { EventAnswers, EventType } from '../domain/eventForm/eventAnswers'
import type { ChangeSource, TimelineKind } from '../domain/events/eventChanges'
import type { OrganisationType } from '../domain/organisations/organisationTypes'
import type { Role } from '../domain/permissions/roles'

export interface OrganisationRow {
  id: number
  ods_code: string
  name: string
  type: OrganisationType
  icb_id: number | null
  region_id: number | null
  is_open: boolean
  is_demo: boolean
  created_at: Date
  updated_at: Date
}

export type UserStatus = 'pending' | 'active' | 'disabled'

export interface UserRow {
  id: string
  issuer: string
  subject: string
  email: string
  first_name: string
  last_name: string
  job_role: string | null
  status: UserStatus
  is_national_admin: boolean
  is_demo: boolean
  created_at: Date
  updated_at: Date
  last_signed_in_at: Date | null
}

export type MembershipRole = Role

/** Access someone has now; what they ask for is an access request until it is decided. */
export interface MembershipRow {
  id: number
  user_id: string
  organisation_id: number
  role: MembershipRole
  /** Why access was granted (the agreement behind external read-only access). */
  reason: string | null
  /** External read-only access ends by itself after this day. */
  ends_on: string | null
  granted_by: string | null
  granted_at: Date | null
  created_at: Date
  updated_at: Date
}

export type AccessRequestStatus = 'pending' | 'approved' | 'rejected' | 'cancelled'

export interface AccessRequestRow {
  id: number
  user_id: string
  organisation_id: number
  role: MembershipRole
  status: AccessRequestStatus
  reason: string | null
  decision_reason: string | null
  decided_by: string | null
  decided_at: Date | null
  created_at: Date
  updated_at: Date
}

export interface AuditLogRow {
  id: string
  occurred_at: Date
  actor_user_id: string | null
  action: string
  subject_type: string
  subject_id: string | null
  details: Record<string, unknown>
  request_id: string | null
}

export interface FeedbackRow {
  id: number
  submitted_at: Date
  satisfaction: string
  improvements: string | null
  page: string | null
}

export type OutboxStatus = 'pending' | 'sent' | 'parked'

export interface EmailOutboxRow {
  id: string
  template: string
  recipient: string
  personalisation: Record<string, string>
  status: OutboxStatus
  attempts: number
  next_attempt_at: Date
  last_error: string | null
  created_at: Date
  sent_at: Date | null
  parked_at: Date | null
}

export interface DevelopmentMailboxRow {
  id: string
  outbox_id: string
  recipient: string
  subject: string
  body: string
  delivered_at: Date
}

export type AccountStatus = 'awaiting_activation' | 'active' | 'disabled'

export interface AccountRow {
  id: string
  email: string
  first_name: string
  last_name: string
  job_role: string
  organisation_id: number
  status: AccountStatus
  password_hash: string | null
  security_question: string | null
  security_answer_hash: string | null
  failed_sign_ins: number
  locked_until: Date | null
  is_demo: boolean
  created_at: Date
  updated_at: Date
  activated_at: Date | null
}

export interface OidcModelRow {
  id: string
  type: string
  payload: Record<string, unknown>
  grant_id: string | null
  user_code: string | null
  uid: string | null
  expires_at: Date | null
  consumed_at: Date | null
}

export interface IdentitySigningKeyRow {
  id: number
  private_jwk: Record<string, unknown>
  created_at: Date
}

export type AccountTokenPurpose = 'activation' | 'password_reset' | 'unlock'

export interface AccountTokenRow {
  id: string
  account_id: string
  purpose: AccountTokenPurpose
  token_hash: string
  expires_at: Date
  used_at: Date | null
  created_at: Date
}

export interface RateLimitRow {
  key: string
  window_start: Date
  attempts: number
}

export type EventSource = 'online' | 'anonymous' | 'local_system'

export interface EventRow {
  id: string
  reference: string
  submission_key: string
  organisation_id: number
  event_type: EventType
  source: EventSource
  status: string
  recorded_by: string | null
  revision: number
  occurred_from: string | null
  occurred_to: string | null
  recorded_at: Date
  updated_at: Date
  service_areas: string[]
  location_type: string | null
  specialty: string | null
  highest_physical_harm: number | null
  highest_psychological_harm: number | null
  safety_challenges: string[]
  agents: string[]
  patient_count: number | null
  level_of_concern: number | null
  answers: EventAnswers
  /** The answers with names and other identifiers replaced in free text: what everyone but the recorder sees. */
  redacted_answers: EventAnswers | null
  redactor_version: number | null
  /** Words the recorder asked to have hidden from others too. */
  hidden_words: string[]
}

export interface EventRevisionRow {
  event_id: string
  revision: number
  answers: EventAnswers
  changed_by: string | null
  changed_at: Date
  changes: string[]
  reason: string | null
  source: ChangeSource
}

export interface EventTimelineRow {
  id: string
  event_id: string
  kind: TimelineKind
  actor_user_id: string | null
  revision: number | null
  from_status: string | null
  to_status: string | null
  reason: string | null
  at: Date
}

export interface EventDraftRow {
  id: string
  user_id: string
  event_id: string | null
  base_revision: number | null
  answers: EventAnswers
  visited: string[]
  hidden_words: string[]
  created_at: Date
  updated_at: Date
}

declare module 'knex/types/tables' {
  interface Tables {
    organisations: OrganisationRow
    users: UserRow
    memberships: MembershipRow
    access_requests: AccessRequestRow
    audit_log: AuditLogRow
    feedback: FeedbackRow
    email_outbox: EmailOutboxRow
    development_mailbox: DevelopmentMailboxRow
    accounts: AccountRow
    oidc_models: OidcModelRow
    identity_signing_keys: IdentitySigningKeyRow
    account_tokens: AccountTokenRow
    rate_limits: RateLimitRow
    events: EventRow
    event_revisions: EventRevisionRow
    event_timeline: EventTimelineRow
    event_drafts: EventDraftRow
  }
}
