import { createHmac } from 'node:crypto'

/**
 * Names a signed-in person in a cookie without saying who they are: only the service, holding the
 * secret, can make one, so a browser can show whose session ran out but never claim to be someone.
 */
export function personMark(secret: string, userId: string): string {
  return createHmac('sha256', secret).update(`signed-in:${userId}`).digest('base64url')
}
