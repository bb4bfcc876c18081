import { createHash, randomBytes } from 'node:crypto'
import type { Knex } from 'knex'
import type { AccountTokenPurpose } from '../db/tables'

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex')

export class AccountTokenRepository {
  constructor(private readonly db: Knex) {}

  /** A new single-use token; only its hash is stored. Returns the token to put in the link. */
  async issue(
    accountId: string,
    purpose: AccountTokenPurpose,
    validForHours: number,
    trx: Knex.Transaction,
  ): Promise<string> {
    const token = randomBytes(32).toString('base64url')
    await trx('account_tokens').insert({
      account_id: accountId,
      purpose,
      token_hash: hashOf(token),
      expires_at: new Date(Date.now() + validForHours * 3600_000),
    })
    return token
  }

  /** The account a token belongs to, if the token is for this purpose, unused and unexpired. */
  async findValid(token: string, purpose: AccountTokenPurpose, trx?: Knex.Transaction): Promise<string | undefined> {
    const row = await (trx ?? this.db)('account_tokens')
      .where({ token_hash: hashOf(token), purpose })
      .whereNull('used_at')
      .andWhere('expires_at', '>', this.db.fn.now())
      .first('account_id')
    return row?.account_id
  }

  /** Uses a token up; false when it was already used (by a request racing this one, say). */
  async use(token: string, purpose: AccountTokenPurpose, trx: Knex.Transaction): Promise<boolean> {
    const used = await trx('account_tokens')
      .where({ token_hash: hashOf(token), purpose })
      .whereNull('used_at')
      .andWhere('expires_at', '>', trx.fn.now())
      .update({ used_at: trx.fn.now() })
    return used === 1
  }
}
