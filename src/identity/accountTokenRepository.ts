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

  /**
   * Uses a token up, with every other unused token of the same purpose for the account (an older
   * link must not work after a newer one has). False when it was already used or has expired.
   */
  async use(token: string, purpose: AccountTokenPurpose, trx: Knex.Transaction): Promise<boolean> {
    const [used] = await trx('account_tokens')
      .where({ token_hash: hashOf(token), purpose })
      .whereNull('used_at')
      .andWhere('expires_at', '>', trx.fn.now())
      .update({ used_at: trx.fn.now() })
      .returning('account_id')
    if (!used) return false
    await this.revoke(used.account_id, purpose, trx)
    return true
  }

  /** Makes every unused token of this purpose for the account unusable. */
  async revoke(accountId: string, purpose: AccountTokenPurpose, trx: Knex.Transaction): Promise<void> {
    await trx('account_tokens')
      .where({ account_id: accountId, purpose })
      .whereNull('used_at')
      .update({ used_at: trx.fn.now() })
  }
}
