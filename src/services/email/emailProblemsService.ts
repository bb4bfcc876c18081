import type { Knex } from 'knex'
import type { Permissions } from '../../domain/permissions/permissions'
import type { AuditRepository } from '../../repositories/auditRepository'
import type { OutboxRepository, ParkedEmail } from '../../repositories/outboxRepository'
import { mustBeNationalAdmin } from '../notPermitted'

/** Emails that could not be sent after every retry, which national administrators look into and resend. */
export class EmailProblemsService {
  constructor(
    private readonly db: Knex,
    private readonly outbox: OutboxRepository,
    private readonly audit: AuditRepository,
  ) {}

  async parked(permissions: Permissions, limit: number): Promise<ParkedEmail[]> {
    mustBeNationalAdmin(permissions)
    return this.outbox.parked(limit)
  }

  /** Puts a parked email back in the queue, noting who did; false if it was not parked. */
  async resend(permissions: Permissions, emailId: string, requestId?: string): Promise<boolean> {
    mustBeNationalAdmin(permissions)
    return this.db.transaction(async trx => {
      if (!(await this.outbox.retryParked(emailId, trx))) return false
      await this.audit.record(
        {
          actorUserId: permissions.user.id,
          action: 'email.resent',
          subjectType: 'email',
          subjectId: emailId,
          requestId,
        },
        trx,
      )
      return true
    })
  }
}
