import argon2 from 'argon2'

/** argon2id with the library's defaults (64 MiB, 3 passes): slow enough to make guessing expensive. */
export function hashSecret(secret: string): Promise<string> {
  return argon2.hash(secret, { type: argon2.argon2id })
}

export async function secretMatches(hash: string, secret: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, secret)
  } catch {
    return false
  }
}
