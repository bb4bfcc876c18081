import type { Knex } from 'knex'
import type { Config } from '../config'
import { systemClock, type Clock } from '../domain/time/clock'
import type { Logger } from '../logger'
import type { Repositories } from '../repositories'
import { AccessEmails } from './access/accessEmails'
import { AccessRequestService } from './access/accessRequestService'
import { MembershipService } from './access/membershipService'
import { NationalApprovalService } from './access/nationalApprovalService'
import { DevelopmentMailboxTransport } from './email/developmentMailboxTransport'
import { EmailProblemsService } from './email/emailProblemsService'
import type { EmailTransport } from './email/emailTransport'
import { NotifyTransport } from './email/notifyTransport'
import { OutboxWorker } from './email/outboxWorker'
import { EventChangeService } from './events/eventChangeService'
import { EventOversightService } from './events/eventOversightService'
import { EventRedactor } from './events/eventRedactor'
import { EventRecordingService } from './events/eventRecordingService'
import { FeedbackService } from './feedbackService'
import { HealthService } from './healthService'
import { OrganisationImportService } from './organisationImportService'
import { OrganisationDirectory } from './organisations/organisationDirectory'
import { RateLimiter } from './rateLimiter'
import { SignInService } from './signInService'
import { AccountService } from '../identity/accountService'
import { RegistrationService } from '../identity/registrationService'

export function createServices(
  db: Knex,
  repositories: Repositories,
  config: Config,
  logger: Logger,
  clock: Clock = systemClock,
) {
  const redactor = new EventRedactor(repositories.events, repositories.memberships, repositories.users)
  const changes = new EventChangeService(
    db,
    clock,
    redactor,
    repositories.events,
    repositories.organisations,
    repositories.eventTimeline,
    repositories.audit,
  )
  const accessEmails = new AccessEmails(repositories.outbox, { serviceUrl: config.serviceUrl })
  return {
    clock,
    changes,
    redactor,
    outboxWorker: new OutboxWorker(repositories.outbox, emailTransport(config, repositories), logger),
    feedback: new FeedbackService(repositories.feedback),
    recording: new EventRecordingService(
      db,
      clock,
      { serviceUrl: config.serviceUrl },
      redactor,
      changes,
      repositories.eventDrafts,
      repositories.events,
      repositories.organisations,
      repositories.outbox,
      repositories.eventTimeline,
      repositories.audit,
    ),
    accessRequests: new AccessRequestService(
      db,
      accessEmails,
      repositories.users,
      repositories.memberships,
      repositories.accessRequests,
      repositories.organisations,
      repositories.audit,
    ),
    memberships: new MembershipService(
      db,
      accessEmails,
      repositories.users,
      repositories.memberships,
      repositories.organisations,
      repositories.audit,
    ),
    nationalApproval: new NationalApprovalService(
      db,
      accessEmails,
      repositories.users,
      repositories.memberships,
      repositories.accessRequests,
      repositories.audit,
    ),
    organisationDirectory: new OrganisationDirectory(repositories.organisations),
    emailProblems: new EmailProblemsService(db, repositories.outbox, repositories.audit),
    oversight: new EventOversightService(repositories.events, repositories.audit),
    health: new HealthService(repositories.health),
    rateLimiter: new RateLimiter(repositories.rateLimits),
    organisationImport: new OrganisationImportService(db, repositories.organisations, repositories.audit),
    signIn: new SignInService(
      db,
      repositories.users,
      repositories.memberships,
      repositories.accessRequests,
      repositories.organisations,
      repositories.audit,
    ),
    accounts: new AccountService(
      db,
      clock,
      config.serviceUrl,
      repositories.accounts,
      repositories.accountTokens,
      repositories.outbox,
      repositories.audit,
    ),
    registration: new RegistrationService(
      db,
      { accountsUrl: config.serviceUrl, signInUrl: `${config.identity.clientUrl}/sign-in` },
      repositories.accounts,
      repositories.accountTokens,
      repositories.outbox,
      repositories.audit,
    ),
  }
}

function emailTransport(config: Config, repositories: Repositories): EmailTransport {
  return config.email.transport === 'notify'
    ? new NotifyTransport(config.email)
    : new DevelopmentMailboxTransport(repositories.developmentMailbox)
}

export type Services = ReturnType<typeof createServices>
