import type { Knex } from 'knex'
import { AccessRequestRepository } from './accessRequestRepository'
import { AuditRepository } from './auditRepository'
import { DevelopmentMailboxRepository } from './developmentMailboxRepository'
import { EventDraftRepository } from './eventDraftRepository'
import { EventRepository } from './eventRepository'
import { EventTimelineRepository } from './eventTimelineRepository'
import { FeedbackRepository } from './feedbackRepository'
import { HealthRepository } from './healthRepository'
import { MembershipRepository } from './membershipRepository'
import { OrganisationRepository } from './organisationRepository'
import { OutboxRepository } from './outboxRepository'
import { RateLimitRepository } from './rateLimitRepository'
import { UserRepository } from './userRepository'
import { AccountRepository } from '../identity/accountRepository'
import { AccountTokenRepository } from '../identity/accountTokenRepository'

export function createRepositories(db: Knex) {
  return {
    accessRequests: new AccessRequestRepository(db),
    audit: new AuditRepository(db),
    developmentMailbox: new DevelopmentMailboxRepository(db),
    eventDrafts: new EventDraftRepository(db),
    events: new EventRepository(db),
    eventTimeline: new EventTimelineRepository(db),
    feedback: new FeedbackRepository(db),
    health: new HealthRepository(db),
    memberships: new MembershipRepository(db),
    organisations: new OrganisationRepository(db),
    outbox: new OutboxRepository(db),
    rateLimits: new RateLimitRepository(db),
    users: new UserRepository(db),
    accounts: new AccountRepository(db),
    accountTokens: new AccountTokenRepository(db),
  }
}

export type Repositories = ReturnType<typeof createRepositories>
