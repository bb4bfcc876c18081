import { z } from 'zod'
import type { Config } from '../config'

export interface IssuerEndpoints {
  issuer: string
  authorizationUrl: string
  tokenUrl: string
  userInfoUrl: string
  endSessionUrl: string | undefined
}

const discoverySchema = z.object({
  issuer: z.url(),
  authorization_endpoint: z.url(),
  token_endpoint: z.url(),
  userinfo_endpoint: z.url(),
  end_session_endpoint: z.url().optional(),
})

/**
 * Where to send people to sign in. The bundled accounts service's endpoints are known; any other
 * issuer is asked through its OpenID Connect discovery document.
 */
export async function issuerEndpoints(config: Config): Promise<IssuerEndpoints> {
  const { issuer } = config.identity
  if (config.identity.bundled) {
    return {
      issuer,
      authorizationUrl: `${issuer}/auth`,
      tokenUrl: `${issuer}/token`,
      userInfoUrl: `${issuer}/me`,
      endSessionUrl: `${issuer}/session/end`,
    }
  }
  const response = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`, {
    signal: AbortSignal.timeout(10_000),
  })
  if (!response.ok) throw new Error(`The OpenID Connect issuer ${issuer} answered ${response.status} to discovery`)
  const document = discoverySchema.parse(await response.json())
  return {
    issuer: document.issuer,
    authorizationUrl: document.authorization_endpoint,
    tokenUrl: document.token_endpoint,
    userInfoUrl: document.userinfo_endpoint,
    endSessionUrl: document.end_session_endpoint,
  }
}
