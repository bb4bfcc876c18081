import type { ServerResponse } from 'node:http'
import { createHmac } from 'node:crypto'
import type { Knex } from 'knex'
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider'
import type { Config } from '../config'
import type { AccountRepository } from './accountRepository'
import { postgresAdapter } from './postgresAdapter'

/** Renders one of the service's pages to HTML, for pages the provider itself serves. */
export type RenderPage = (view: string, locals: Record<string, unknown>) => string

export const SCOPES = 'openid email profile organisation'

interface IdentityProviderOptions {
  config: Config
  db: Knex
  accounts: AccountRepository
  signingKeys: Record<string, unknown>[]
  renderPage: RenderPage
}

/**
 * The accounts service: an OpenID Connect provider that signs people in with the accounts kept in
 * PostgreSQL. The service's own client is first-party, so people are never asked to consent to it.
 */
export function createIdentityProvider({ config, db, accounts, signingKeys, renderPage }: IdentityProviderOptions) {
  const { clientId, clientSecret, issuer } = config.identity
  const cookieKey = createHmac('sha256', config.session.secret).update('accounts-service-cookies').digest('base64')
  const nonceOf = (ctx: KoaContextWithOIDC) =>
    (ctx.res as ServerResponse & { locals?: { cspNonce?: string } }).locals?.cspNonce

  const configuration: Configuration = {
    adapter: postgresAdapter(db),
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [`${config.identity.clientUrl}/auth/callback`],
        post_logout_redirect_uris: [`${config.identity.clientUrl}/signed-out`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    jwks: { keys: signingKeys as unknown as NonNullable<Configuration['jwks']>['keys'] },
    cookies: { keys: [cookieKey] },
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['given_name', 'family_name', 'name'],
      organisation: ['organisation', 'job_role'],
    },
    scopes: SCOPES.split(' '),
    findAccount: async (_ctx, id) => {
      const claims = await accounts.claimsFor(id)
      return claims && { accountId: id, claims: () => ({ ...claims }) }
    },
    interactions: { url: (_ctx, interaction) => `/accounts/sign-in/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        // Shown to clients other than the service, which ends this session itself (endAccountsSession).
        logoutSource: (ctx, form) => {
          ctx.body = renderPage('pages/identity/signing-out', {
            form: form.replace('</form>', '<input type="hidden" name="logout" value="yes"></form>'),
            cspNonce: nonceOf(ctx),
          })
        },
        postLogoutSuccessSource: ctx => {
          ctx.body = renderPage('pages/identity/signed-out', { cspNonce: nonceOf(ctx) })
        },
      },
    },
    // The service's own client is trusted: grant it the scopes it asks for without a consent page.
    loadExistingGrant: async ctx => {
      const client = ctx.oidc.client
      const session = ctx.oidc.session
      if (!client || !session?.accountId) return undefined
      const grantId = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId)
      const existing = grantId ? await ctx.oidc.provider.Grant.find(grantId) : undefined
      if (existing?.accountId === session.accountId) return existing
      // Any other client, or a first-party grant that has run out: only the service's own is renewed silently.
      if (client.clientId !== clientId) return existing
      const grant = new ctx.oidc.provider.Grant({ clientId, accountId: session.accountId })
      grant.addOIDCScope(SCOPES)
      await grant.save()
      return grant
    },
    // The service's client authenticates with its secret; passport-openidconnect sends no PKCE challenge.
    pkce: { required: () => false },
    // The accounts service's own session lasts no longer than the service's idle timeout, so once
    // the service has signed someone out for being idle, signing in again asks for the password.
    ttl: {
      AuthorizationCode: 60,
      IdToken: 3600,
      AccessToken: 600,
      Interaction: 3600,
      Session: config.session.idleMinutes * 60,
      Grant: 12 * 3600,
    },
    renderError: (ctx, out) => {
      ctx.type = 'html'
      ctx.body = renderPage('pages/errors/400', { cspNonce: nonceOf(ctx), reason: out.error })
    },
  }
  const provider = new Provider(issuer, configuration)
  provider.proxy = config.trustProxyHops > 0
  return provider
}

export type IdentityProvider = ReturnType<typeof createIdentityProvider>
