import type { Knex } from 'knex'
import { AuditRepository } from './auditRepository'
import { FeedbackRepository } from './feedbackRepository'
import { HealthRepository } from './healthRepository'
import { OrganisationRepository } from './organisationRepository'

export function createRepositories(db: Knex) {
  return {
    audit: new AuditRepository(db),
    feedback: new FeedbackRepository(db),
    health: new HealthRepository(db),
    organisations: new OrganisationRepository(db),
  }
}

export type Repositories = ReturnType<typeof createRepositories>
