import type { Knex } from 'knex'
import { AuditRepository } from './auditRepository'
import { DevelopmentMailboxRepository } from './developmentMailboxRepository'
import { FeedbackRepository } from './feedbackRepository'
import { HealthRepository } from './healthRepository'
import { OrganisationRepository } from './organisationRepository'
import { OutboxRepository } from './outboxRepository'

export function createRepositories(db: Knex) {
  return {
    audit: new AuditRepository(db),
    developmentMailbox: new DevelopmentMailboxRepository(db),
    feedback: new FeedbackRepository(db),
    health: new HealthRepository(db),
    organisations: new OrganisationRepository(db),
    outbox: new OutboxRepository(db),
  }
}

export type Repositories = ReturnType<typeof createRepositories>
