import { useTestDatabase } from '../../../test/database/testDatabase'
import { createLogger } from '../../logger'
import { createRepositories } from '../../repositories'
import type { OutgoingEmail } from '../../repositories/outboxRepository'
import { DevelopmentMailboxTransport } from './developmentMailboxTransport'
import type { EmailTransport } from './emailTransport'
import { OutboxWorker, retryDelay, type RetryPolicy } from './outboxWorker'

const policy: RetryPolicy = { maxAttempts: 3, firstDelaySeconds: 30, maxDelaySeconds: 3600 }
const silent = createLogger('silent')

/** Stands in for GOV.UK Notify, which cannot be reached from here: fails a given number of times first. */
class FlakyTransport implements EmailTransport {
  readonly delivered: OutgoingEmail[] = []
  constructor(private failuresLeft: number) {}
  async send(email: OutgoingEmail) {
    if (this.failuresLeft-- > 0) throw new Error('Notify unavailable')
    this.delivered.push(email)
  }
}

describe('sending queued email', () => {
  const database = useTestDatabase()
  const repositories = () => createRepositories(database.current.db)
  const queue = (recipient: string) =>
    repositories().outbox.enqueue({
      template: 'accountActivation',
      recipient,
      personalisation: { activationUrl: `http://localhost/activate/${recipient}` },
    })
  const row = (recipient: string) => database.current.db('email_outbox').where({ recipient }).first()
  const makeDue = (recipient: string) =>
    database.current.db('email_outbox').where({ recipient }).update({ next_attempt_at: database.current.db.fn.now() })

  it('delivers into the development mailbox, rendered, and records it as sent', async () => {
    await queue('first@example.nhs.uk')
    const worker = new OutboxWorker(
      repositories().outbox,
      new DevelopmentMailboxTransport(repositories().developmentMailbox),
      silent,
    )
    expect(await worker.runOnce()).toEqual({ sent: 1, failed: 0, parked: 0 })
    expect(await row('first@example.nhs.uk')).toMatchObject({ status: 'sent', attempts: 1 })
    const [message] = await repositories().developmentMailbox.latest(1, 'FIRST@example.nhs.uk')
    expect(message?.subject).toBe('Activate your account for Record and review patient safety events')
    expect(message?.body).toContain('http://localhost/activate/first@example.nhs.uk')
    expect(await worker.runOnce()).toEqual({ sent: 0, failed: 0, parked: 0 })
  })

  it('retries with a growing wait, then parks the email for an administrator to see', async () => {
    await queue('flaky@example.nhs.uk')
    const worker = new OutboxWorker(repositories().outbox, new FlakyTransport(10), silent, policy)
    const waits: number[] = []
    for (let attempt = 1; attempt <= 3; attempt++) {
      await worker.runOnce()
      const stored = await row('flaky@example.nhs.uk')
      expect(stored?.attempts).toBe(attempt)
      expect(stored?.last_error).toBe('Notify unavailable')
      if (stored?.status === 'pending') waits.push((stored.next_attempt_at.getTime() - Date.now()) / 1000)
      await makeDue('flaky@example.nhs.uk')
    }
    expect(waits[0]).toBeGreaterThan(25)
    expect(waits[0]).toBeLessThanOrEqual(30)
    expect(waits[1]).toBeGreaterThan(55)
    expect(waits[1]).toBeLessThanOrEqual(60)
    expect(await row('flaky@example.nhs.uk')).toMatchObject({ status: 'parked', attempts: 3 })
    expect((await row('flaky@example.nhs.uk'))?.parked_at).toBeInstanceOf(Date)
    expect(await worker.runOnce()).toEqual({ sent: 0, failed: 0, parked: 0 })
  })

  it('sends an email that failed once when its next attempt is due, and not before', async () => {
    await queue('second-time@example.nhs.uk')
    const transport = new FlakyTransport(1)
    const worker = new OutboxWorker(repositories().outbox, transport, silent, policy)
    expect(await worker.runOnce()).toMatchObject({ failed: 1 })
    expect(await worker.runOnce()).toMatchObject({ sent: 0 })
    await makeDue('second-time@example.nhs.uk')
    expect(await worker.runOnce()).toMatchObject({ sent: 1 })
    expect(await row('second-time@example.nhs.uk')).toMatchObject({ status: 'sent', attempts: 2, last_error: null })
  })

  it('sends each email once when two workers run at the same time', async () => {
    for (let i = 0; i < 30; i++) await queue(`many-${i}@example.nhs.uk`)
    const transport = new FlakyTransport(0)
    const workers = [1, 2, 3].map(() => new OutboxWorker(repositories().outbox, transport, silent, policy))
    while ((await Promise.all(workers.map(worker => worker.runOnce()))).some(result => result.sent > 0));
    const sent = transport.delivered.map(email => email.recipient).filter(r => r.startsWith('many-'))
    expect(sent).toHaveLength(30)
    expect(new Set(sent).size).toBe(30)
  })

  it('never sends an email whose change was rolled back', async () => {
    await database.current.db
      .transaction(async trx => {
        await repositories().outbox.enqueue(
          {
            template: 'accountActivation',
            recipient: 'rolled-back@example.nhs.uk',
            personalisation: { activationUrl: 'x' },
          },
          trx,
        )
        throw new Error('the change failed')
      })
      .catch(() => undefined)
    expect(await row('rolled-back@example.nhs.uk')).toBeUndefined()
  })
})

describe('the wait between attempts', () => {
  it.each([
    [1, 30],
    [2, 60],
    [3, 120],
    [7, 1920],
  ])('after %i failures is %i seconds', (failures, seconds) => {
    expect(retryDelay({ maxAttempts: 8, firstDelaySeconds: 30, maxDelaySeconds: 3600 }, failures)).toBe(seconds)
  })

  it('never exceeds the longest wait, and stops at the last attempt', () => {
    expect(retryDelay({ maxAttempts: 20, firstDelaySeconds: 30, maxDelaySeconds: 3600 }, 12)).toBe(3600)
    expect(retryDelay({ maxAttempts: 8, firstDelaySeconds: 30, maxDelaySeconds: 3600 }, 8)).toBeNull()
  })
})
