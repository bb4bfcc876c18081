import type { Knex } from 'knex'
import type { Adapter, AdapterPayload } from 'oidc-provider'

/**
 * Keeps oidc-provider's sessions, grants, codes and tokens in PostgreSQL, so that sign-in survives
 * restarts and works across instances. One adapter per model type, as oidc-provider asks.
 */
export function postgresAdapter(db: Knex) {
  return class PostgresAdapter implements Adapter {
    constructor(private readonly type: string) {}

    async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
      await db('oidc_models')
        .insert({
          id,
          type: this.type,
          payload: payload as Record<string, unknown>,
          grant_id: payload.grantId ?? null,
          user_code: payload.userCode ?? null,
          uid: payload.uid ?? null,
          expires_at: expiresIn ? new Date(Date.now() + expiresIn * 1000) : null,
        })
        .onConflict(['type', 'id'])
        .merge()
    }

    find(id: string) {
      return this.findWhere({ id })
    }

    findByUid(uid: string) {
      return this.findWhere({ uid })
    }

    findByUserCode(userCode: string) {
      return this.findWhere({ user_code: userCode })
    }

    async consume(id: string): Promise<void> {
      await db('oidc_models').where({ type: this.type, id }).update({ consumed_at: db.fn.now() })
    }

    async destroy(id: string): Promise<void> {
      await db('oidc_models').where({ type: this.type, id }).delete()
    }

    async revokeByGrantId(grantId: string): Promise<void> {
      await db('oidc_models').where({ grant_id: grantId }).delete()
    }

    private async findWhere(where: Record<string, string>): Promise<AdapterPayload | undefined> {
      const row = await db('oidc_models')
        .where({ type: this.type, ...where })
        .andWhere(query => query.whereNull('expires_at').orWhere('expires_at', '>', db.fn.now()))
        .first()
      if (!row) return undefined
      const consumed = row.consumed_at ? { consumed: Math.floor(row.consumed_at.getTime() / 1000) } : {}
      return { ...(row.payload as AdapterPayload), ...consumed }
    }
  }
}

/** Removes sessions, grants, codes and interactions that have expired; run now and then. */
export async function pruneExpiredProviderModels(db: Knex): Promise<void> {
  await db('oidc_models').where('expires_at', '<', db.fn.now()).delete()
}
