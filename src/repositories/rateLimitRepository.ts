import type { Knex } from 'knex'

export class RateLimitRepository {
  constructor(private readonly db: Knex) {}

  /** Counts one attempt against `key` in the window that contains now; returns the window's count. */
  async hit(key: string, windowSeconds: number): Promise<number> {
    const windowStart = this.db.raw('to_timestamp(floor(extract(epoch from now()) / ?) * ?)', [
      windowSeconds,
      windowSeconds,
    ])
    const [row] = await this.db('rate_limits')
      .insert({ key, window_start: windowStart, attempts: 1 })
      .onConflict(['key', 'window_start'])
      .merge({ attempts: this.db.raw('rate_limits.attempts + 1') })
      .returning('attempts')
    return row!.attempts
  }

  /** Forgets windows that ended more than a day ago. */
  async prune(): Promise<void> {
    await this.db('rate_limits').where('window_start', '<', this.db.raw("now() - interval '1 day'")).delete()
  }
}
