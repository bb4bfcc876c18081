import { useTestDatabase } from '../../test/database/testDatabase'
import { RateLimitRepository } from '../repositories/rateLimitRepository'
import { RateLimiter, TooManyAttemptsError } from './rateLimiter'

describe('limiting attempts', () => {
  const database = useTestDatabase()
  const limit = { action: 'test', attempts: 3, windowMinutes: 10 }

  it('allows the number of attempts the limit gives, then refuses', async () => {
    const limiter = new RateLimiter(new RateLimitRepository(database.current.db))
    for (let attempt = 0; attempt < 3; attempt++) await limiter.attempt([limit, 'someone@nhs.net'])
    await expect(limiter.attempt([limit, 'SOMEONE@nhs.net'])).rejects.toBeInstanceOf(TooManyAttemptsError)
    // Someone else is not affected.
    await expect(limiter.attempt([limit, 'someone.else@nhs.net'])).resolves.toBeUndefined()
  })

  it('counts each attempt once, even when attempts arrive together', async () => {
    const limiter = new RateLimiter(new RateLimitRepository(database.current.db))
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => limiter.attempt([limit, 'burst@nhs.net'])),
    )
    expect(results.filter(result => result.status === 'fulfilled')).toHaveLength(3)
  })

  it('starts counting afresh in the next window, and forgets old windows', async () => {
    const repository = new RateLimitRepository(database.current.db)
    const limiter = new RateLimiter(repository)
    for (let attempt = 0; attempt < 3; attempt++) await limiter.attempt([limit, 'patient@nhs.net'])
    await database.current
      .db('rate_limits')
      .where({ key: 'test:patient@nhs.net' })
      .update({ window_start: new Date(Date.now() - 2 * 86_400_000) })
    await expect(limiter.attempt([limit, 'patient@nhs.net'])).resolves.toBeUndefined()
    await repository.prune()
    expect(await database.current.db('rate_limits').where({ key: 'test:patient@nhs.net' })).toHaveLength(1)
  })
})
