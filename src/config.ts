import { z } from 'zod'
import { emailTemplateNames, type EmailTemplateName } from './domain/email/emailTemplates'

/** The session secret used when none is configured; fine on a laptop, refused in production. */
export const DEVELOPMENT_SESSION_SECRET = 'development-only-session-secret-change-me'
export const DEVELOPMENT_CLIENT_SECRET = 'development-only-client-secret-change-me'
const EXAMPLE_HELPDESK_EMAIL = 'helpdesk@example.org'

const flag = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform(value => ['true', '1', 'yes'].includes(value))

const environmentSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    DATABASE_POOL_MAX: z.coerce.number().int().min(2).max(200).default(10),
    EMBEDDED_POSTGRES_DIR: z.string().min(1).default('.data/postgres'),
    EMBEDDED_POSTGRES_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
    SESSION_SECRET: z.string().min(32).default(DEVELOPMENT_SESSION_SECRET),
    TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    SEED_DEMO_DATA: flag.optional(),
    HELPDESK_EMAIL: z.email().default(EXAMPLE_HELPDESK_EMAIL),
    SERVICE_URL: z.url({ protocol: /^https?$/ }).optional(),
    OIDC_ISSUER: z.url({ protocol: /^https?$/ }).optional(),
    ACCOUNTS_SERVICE_ONLY: flag.default(false),
    OIDC_CLIENT_URL: z.url({ protocol: /^https?$/ }).optional(),
    OIDC_CLIENT_ID: z.string().min(1).default('record-and-review'),
    OIDC_CLIENT_SECRET: z.string().min(32).default(DEVELOPMENT_CLIENT_SECRET),
    IDENTITY_SIGNING_KEYS: z
      .string()
      .transform((text, ctx) => {
        try {
          const keys: unknown = JSON.parse(text)
          if (Array.isArray(keys) && keys.every(key => typeof key === 'object' && key !== null && 'd' in key))
            return keys as Record<string, unknown>[]
        } catch {
          // reported below
        }
        ctx.addIssue({ code: 'custom', message: 'must be a JSON array of private JSON Web Keys' })
        return z.NEVER
      })
      .optional(),
    NOTIFY_API_KEY: z
      .string()
      .regex(/-[0-9a-f-]{36}-[0-9a-f-]{36}$/, 'is not a GOV.UK Notify API key')
      .optional(),
    NOTIFY_BASE_URL: z.url().default('https://api.notifications.service.gov.uk'),
    ...Object.fromEntries(emailTemplateNames.map(name => [notifyTemplateVariable(name), z.uuid().optional()])),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== 'production') return
    const refuse = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message })
    if (!env.DATABASE_URL) refuse('DATABASE_URL', 'is required in production')
    if (env.SESSION_SECRET === DEVELOPMENT_SESSION_SECRET)
      refuse('SESSION_SECRET', 'must be set to a secret of your own in production')
    if (env.SEED_DEMO_DATA) refuse('SEED_DEMO_DATA', 'demo data is refused in production')
    if (env.HELPDESK_EMAIL === EXAMPLE_HELPDESK_EMAIL) refuse('HELPDESK_EMAIL', 'must be your helpdesk address')
    if (!env.NOTIFY_API_KEY) refuse('NOTIFY_API_KEY', 'is required in production: the development mailbox is refused')
    if (!env.SERVICE_URL?.startsWith('https://')) refuse('SERVICE_URL', 'must be the https:// address of the service')
    if (env.OIDC_CLIENT_SECRET === DEVELOPMENT_CLIENT_SECRET)
      refuse('OIDC_CLIENT_SECRET', 'must be set to a secret of your own in production')
  })
  .superRefine((env, ctx) => {
    if (env.ACCOUNTS_SERVICE_ONLY && env.OIDC_ISSUER)
      ctx.addIssue({ code: 'custom', path: ['OIDC_ISSUER'], message: 'cannot be set when ACCOUNTS_SERVICE_ONLY is' })
    if (env.ACCOUNTS_SERVICE_ONLY && !env.OIDC_CLIENT_URL)
      ctx.addIssue({
        code: 'custom',
        path: ['OIDC_CLIENT_URL'],
        message: 'must name the service when ACCOUNTS_SERVICE_ONLY is set',
      })
  })
  .superRefine((env, ctx) => {
    if (!env.NOTIFY_API_KEY) return
    for (const name of emailTemplateNames) {
      const variable = notifyTemplateVariable(name)
      if (!(env as Record<string, unknown>)[variable])
        ctx.addIssue({ code: 'custom', path: [variable], message: 'is required when NOTIFY_API_KEY is set' })
    }
  })

type Environment = z.infer<typeof environmentSchema>

export interface Config {
  environment: Environment['NODE_ENV']
  isProduction: boolean
  port: number
  logLevel: Environment['LOG_LEVEL']
  database: {
    /** Absent when the service runs on its own embedded PostgreSQL. */
    url: string | undefined
    poolMax: number
    embedded: { dataDirectory: string; port: number }
  }
  session: { secret: string; idleMinutes: number; cookieName: string }
  trustProxyHops: number
  seedDemoData: boolean
  helpdeskEmail: string
  /** Where people reach the service, for links in emails and OpenID Connect redirects. */
  serviceUrl: string
  identity: {
    /** True when this process runs the accounts service (the default issuer) at /oidc. */
    bundled: boolean
    /** True when this process is only the accounts service, for a service running elsewhere. */
    accountsOnly: boolean
    /** Where the service that signs people in runs: its redirect addresses are registered there. */
    clientUrl: string
    issuer: string
    clientId: string
    clientSecret: string
    signingKeys: Record<string, unknown>[] | undefined
  }
  /** GOV.UK Notify when configured; otherwise a development mailbox shown at /development/mailbox. */
  email:
    | { transport: 'notify'; apiKey: string; baseUrl: string; templateIds: Record<EmailTemplateName, string> }
    | { transport: 'development-mailbox' }
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`The service cannot start because of its configuration:\n${problems.map(p => `  - ${p}`).join('\n')}`)
    this.name = 'ConfigError'
  }
}

/** Parses the environment once, naming every variable that is wrong. */
export function loadConfig(source: NodeJS.ProcessEnv): Config {
  const result = environmentSchema.safeParse(withoutBlanks(source))
  if (!result.success) {
    throw new ConfigError(result.error.issues.map(issue => `${issue.path.join('.')}: ${issue.message}`))
  }
  const env = result.data
  const serviceUrl = (env.SERVICE_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, '')
  return {
    environment: env.NODE_ENV,
    isProduction: env.NODE_ENV === 'production',
    port: env.PORT,
    logLevel: env.LOG_LEVEL,
    database: {
      url: env.DATABASE_URL,
      poolMax: env.DATABASE_POOL_MAX,
      embedded: { dataDirectory: env.EMBEDDED_POSTGRES_DIR, port: env.EMBEDDED_POSTGRES_PORT },
    },
    session: {
      secret: env.SESSION_SECRET,
      idleMinutes: 30,
      // Cookies ignore ports: an accounts service beside the service on one host needs a name of its own.
      cookieName: env.ACCOUNTS_SERVICE_ONLY ? 'patient-safety-accounts.sid' : 'patient-safety.sid',
    },
    trustProxyHops: env.TRUST_PROXY_HOPS,
    seedDemoData: env.SEED_DEMO_DATA ?? env.NODE_ENV !== 'production',
    helpdeskEmail: env.HELPDESK_EMAIL,
    serviceUrl,
    identity: {
      bundled: env.OIDC_ISSUER === undefined,
      accountsOnly: env.ACCOUNTS_SERVICE_ONLY,
      clientUrl: (env.OIDC_CLIENT_URL ?? serviceUrl).replace(/\/$/, ''),
      issuer: env.OIDC_ISSUER ?? `${serviceUrl}/oidc`,
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET,
      signingKeys: env.IDENTITY_SIGNING_KEYS,
    },
    email: env.NOTIFY_API_KEY
      ? {
          transport: 'notify',
          apiKey: env.NOTIFY_API_KEY,
          baseUrl: env.NOTIFY_BASE_URL,
          templateIds: Object.fromEntries(
            emailTemplateNames.map(name => [
              name,
              String((env as Record<string, unknown>)[notifyTemplateVariable(name)]),
            ]),
          ) as Record<EmailTemplateName, string>,
        }
      : { transport: 'development-mailbox' },
  }
}

/** `accountActivation` → `NOTIFY_TEMPLATE_ACCOUNT_ACTIVATION`. */
export function notifyTemplateVariable(name: EmailTemplateName): string {
  return `NOTIFY_TEMPLATE_${name.replace(/[A-Z]/g, letter => `_${letter}`).toUpperCase()}`
}

/** An empty variable (`PORT=`) means "not set", as it does in most shells and .env files. */
function withoutBlanks(source: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(source).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''),
  )
}
