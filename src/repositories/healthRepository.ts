import type { Knex } from 'knex'

export class HealthRepository {
  constructor(private readonly db: Knex) {}

  /** Resolves when PostgreSQL answers a query; rejects when it cannot be reached. */
  async ping(): Promise<void> {
    await this.db.raw('select 1')
  }
}
