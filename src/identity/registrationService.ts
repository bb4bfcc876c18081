import type { Knex } from 'knex'
import { passwordProblem } from '../domain/accounts/passwordRules'
import { normaliseSecurityAnswer, type SecurityQuestion } from '../domain/accounts/securityQuestions'
import type { AuditRepository } from '../repositories/auditRepository'
import type { OutboxRepository } from '../repositories/outboxRepository'
import { isNhsMail } from '../domain/accounts/nhsMail'
import type { AccountRepository } from './accountRepository'
import type { AccountTokenRepository } from './accountTokenRepository'
import { hashSecret } from './passwords'

export const ACTIVATION_LINK_HOURS = 72

export interface Registration {
  firstName: string
  lastName: string
  email: string
  jobRole: string
  organisationId: number
}

export interface Activation {
  password: string
  securityQuestion: SecurityQuestion
  securityAnswer: string
}

export type ActivationResult = { activated: true } | { activated: false; reason: 'link' | 'password'; problem?: string }

/** Registering for an account and activating it from the emailed link. */
export class RegistrationService {
  constructor(
    private readonly db: Knex,
    /** Where the accounts service's pages are, and where people sign in to the service. */
    private readonly links: { accountsUrl: string; signInUrl: string },
    private readonly accounts: AccountRepository,
    private readonly tokens: AccountTokenRepository,
    private readonly outbox: OutboxRepository,
    private readonly audit: AuditRepository,
  ) {}

  /**
   * Creates an account waiting for activation and emails its activation link. Whether or not the
   * address already has an account, the person sees the same thing; its owner gets an email instead.
   */
  async register(registration: Registration, requestId?: string): Promise<void> {
    const email = registration.email.toLowerCase()
    await this.db.transaction(async trx => {
      await trx.raw('select pg_advisory_xact_lock(hashtext(?))', [email])
      const existing = await this.accounts.findByEmail(email, trx)
      if (existing && existing.status !== 'awaiting_activation') {
        await this.outbox.enqueue(
          {
            template: 'accountAlreadyRegistered',
            recipient: email,
            personalisation: { signInUrl: this.links.signInUrl },
          },
          trx,
        )
        return
      }
      const details = {
        first_name: registration.firstName,
        last_name: registration.lastName,
        job_role: registration.jobRole,
        organisation_id: registration.organisationId,
      }
      if (existing) {
        // Registering again before activating: the newest details and the newest link are the ones that count.
        await this.accounts.updateRegistration(existing.id, details, trx)
        await this.tokens.revoke(existing.id, 'activation', trx)
      }
      const accountId =
        existing?.id ??
        (await this.accounts.create(
          {
            email,
            ...details,
            status: 'awaiting_activation',
            password_hash: null,
            is_demo: false,
          },
          trx,
        ))
      const token = await this.tokens.issue(accountId, 'activation', ACTIVATION_LINK_HOURS, trx)
      await this.outbox.enqueue(
        {
          template: 'accountActivation',
          recipient: email,
          personalisation: { activationUrl: `${this.links.accountsUrl}/accounts/activate/${token}` },
        },
        trx,
      )
      await this.audit.record(
        { action: 'account.registered', subjectType: 'account', subjectId: accountId, requestId },
        trx,
      )
    })
  }

  /** The email address an activation link is for, or undefined when the link is unknown, used or expired. */
  async activationEmail(token: string): Promise<string | undefined> {
    const accountId = await this.tokens.findValid(token, 'activation')
    return accountId && (await this.accounts.findById(accountId))?.email
  }

  async activate(token: string, activation: Activation, requestId?: string): Promise<ActivationResult> {
    const accountId = await this.tokens.findValid(token, 'activation')
    const account = accountId ? await this.accounts.findById(accountId) : undefined
    if (account?.status !== 'awaiting_activation') return { activated: false, reason: 'link' }
    const problem = passwordProblem(activation.password, account.email)
    if (problem) return { activated: false, reason: 'password', problem }

    const [passwordHash, securityAnswerHash] = await Promise.all([
      hashSecret(activation.password),
      hashSecret(normaliseSecurityAnswer(activation.securityAnswer)),
    ])
    return this.db.transaction(async trx => {
      if (!(await this.tokens.use(token, 'activation', trx))) return { activated: false, reason: 'link' } as const
      await this.accounts.activate(
        account.id,
        { passwordHash, securityQuestion: activation.securityQuestion, securityAnswerHash },
        trx,
      )
      if (!isNhsMail(account.email)) {
        await this.outbox.enqueue(
          {
            template: 'accountAwaitingApproval',
            recipient: account.email,
            personalisation: { signInUrl: this.links.signInUrl },
          },
          trx,
        )
      }
      await this.audit.record(
        { action: 'account.activated', subjectType: 'account', subjectId: account.id, requestId },
        trx,
      )
      return { activated: true } as const
    })
  }
}
