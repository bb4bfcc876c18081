import type { Knex } from 'knex'

export interface AuditEntry {
  /** Absent when the system itself acted (imports, scheduled jobs). */
  actorUserId?: string | null
  action: string
  subjectType: string
  subjectId?: string | null
  /** Codes, counts and ids only: never free text, names or patient identifiers. */
  details?: Record<string, unknown>
  requestId?: string | null
}

export class AuditRepository {
  constructor(private readonly db: Knex) {}

  async record(entry: AuditEntry, trx?: Knex.Transaction): Promise<void> {
    await (trx ?? this.db)('audit_log').insert({
      actor_user_id: entry.actorUserId ?? null,
      action: entry.action,
      subject_type: entry.subjectType,
      subject_id: entry.subjectId ?? null,
      details: entry.details ?? {},
      request_id: entry.requestId ?? null,
    })
  }
}
