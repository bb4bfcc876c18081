import type { Response } from 'express'

const links = {
  activation: {
    name: 'Activation',
    lifetime: '72 hours',
    againHref: '/accounts/set-up',
    againText: 'Register again to get a new link',
  },
  passwordReset: {
    name: 'Password reset',
    lifetime: '1 hour',
    againHref: '/accounts/forgotten-password',
    againText: 'Ask for a new link',
  },
  unlock: {
    name: 'Unlock',
    lifetime: '24 hours',
    againHref: '/accounts/forgotten-password',
    againText: 'Reset your password to unlock your account',
  },
}

/** The page for an emailed link that is unknown, used or out of date. */
export function renderLinkExpired(res: Response, kind: keyof typeof links): void {
  res.status(404).render('pages/identity/link-expired', { link: links[kind] })
}
