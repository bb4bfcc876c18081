import type { Knex } from 'knex'
import type { Repositories } from '../repositories'
import { FeedbackService } from './feedbackService'
import { HealthService } from './healthService'
import { OrganisationImportService } from './organisationImportService'

export function createServices(db: Knex, repositories: Repositories) {
  return {
    feedback: new FeedbackService(repositories.feedback),
    health: new HealthService(repositories.health),
    organisationImport: new OrganisationImportService(db, repositories.organisations, repositories.audit),
  }
}

export type Services = ReturnType<typeof createServices>
