import type { Knex } from 'knex'

export interface NewFeedback {
  satisfaction: string
  improvements: string | null
  page: string | null
}

export class FeedbackRepository {
  constructor(private readonly db: Knex) {}

  async add(feedback: NewFeedback, trx?: Knex.Transaction): Promise<void> {
    await (trx ?? this.db)('feedback').insert(feedback)
  }
}
