import type { Knex } from 'knex'
import * as organisations from './20261125_0001_organisations'
import * as usersAndMemberships from './20261125_0002_users_and_memberships'
import * as sessions from './20261125_0003_sessions'
import * as auditLog from './20261125_0004_audit_log'
import * as feedback from './20261125_0005_feedback'
import * as emailOutbox from './20261125_0006_email_outbox'
import * as accountsService from './20261125_0007_accounts_service'
import * as accountTokens from './20261125_0008_account_tokens'
import * as rateLimits from './20261125_0009_rate_limits'
import * as events from './20261125_0010_events'
import * as accessRequests from './20261125_0011_access_requests'
import * as redactedText from './20261125_0012_redacted_text'
import * as eventHistory from './20261204_0013_event_history'

export interface Migration {
  up(knex: Knex): Promise<void>
  down(knex: Knex): Promise<void>
}

/**
 * Every migration, in the order it runs. Listing them here (rather than scanning a folder) keeps
 * them typed and lets the same code run from TypeScript in tests and from compiled JavaScript.
 */
export const migrations: ReadonlyArray<[name: string, migration: Migration]> = [
  ['20261125_0001_organisations', organisations],
  ['20261125_0002_users_and_memberships', usersAndMemberships],
  ['20261125_0003_sessions', sessions],
  ['20261125_0004_audit_log', auditLog],
  ['20261125_0005_feedback', feedback],
  ['20261125_0006_email_outbox', emailOutbox],
  ['20261125_0007_accounts_service', accountsService],
  ['20261125_0008_account_tokens', accountTokens],
  ['20261125_0009_rate_limits', rateLimits],
  ['20261125_0010_events', events],
  ['20261125_0011_access_requests', accessRequests],
  ['20261125_0012_redacted_text', redactedText],
  ['20261204_0013_event_history', eventHistory],
]
