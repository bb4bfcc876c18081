import type { HealthRepository } from '../repositories/healthRepository'

export interface HealthReport {
  healthy: boolean
  checks: { database: 'up' | 'down' }
}

export class HealthService {
  constructor(private readonly health: HealthRepository) {}

  async check(): Promise<HealthReport> {
    const database = await this.health.ping().then(
      () => 'up' as const,
      () => 'down' as const,
    )
    return { healthy: database === 'up', checks: { database } }
  }
}
