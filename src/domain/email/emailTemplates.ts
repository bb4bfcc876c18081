/**
 * Every email the service sends. Each names the values it needs (links and codes, never event free
 * text, names or patient details); the subject and body are the wording a GOV.UK Notify template
 * should use, with ((placeholders)), and what the development mailbox shows.
 */
export const emailTemplates = {
  accountActivation: {
    subject: 'Activate your account for Record and review patient safety events',
    body: [
      'You registered for Record and review patient safety events.',
      'To activate your account, set your password and security question: ((activationUrl))',
      'The link works once and expires in 72 hours.',
      'If you did not register, you can ignore this email.',
    ].join('\n\n'),
    values: ['activationUrl'],
  },
  accountAlreadyRegistered: {
    subject: 'You already have an account for Record and review patient safety events',
    body: [
      'Someone tried to register for Record and review patient safety events with this email address, which already has an account.',
      'If it was you, sign in: ((signInUrl))',
      'If you have forgotten your password, choose "Forgotten your password?" on the sign-in page.',
      'If it was not you, you can ignore this email. Nothing about your account has changed.',
    ].join('\n\n'),
    values: ['signInUrl'],
  },
  accountAwaitingApproval: {
    subject: 'Your account for Record and review patient safety events needs approval',
    body: [
      'Your account is active, but your email address is not an nhs.net address, so a national administrator needs to approve it before you can see your organisation’s records.',
      'You can sign in now: ((signInUrl))',
      'We will email you when your account has been approved.',
    ].join('\n\n'),
    values: ['signInUrl'],
  },
  passwordReset: {
    subject: 'Reset your password for Record and review patient safety events',
    body: [
      'Someone asked to reset the password for your account.',
      'To choose a new password, use this link and answer your security question: ((resetUrl))',
      'The link works once and expires in 1 hour.',
      'If you did not ask for this, you can ignore this email. Your password has not changed.',
    ].join('\n\n'),
    values: ['resetUrl'],
  },
  accountLocked: {
    subject: 'Your account for Record and review patient safety events is locked',
    body: [
      'Your account was locked after 5 wrong passwords in a row. It unlocks by itself after 15 minutes.',
      'To unlock it now, use this link: ((unlockUrl))',
      'If the wrong passwords were not yours, someone may be trying to get into your account. Reset your password from the sign-in page and tell your helpdesk.',
    ].join('\n\n'),
    values: ['unlockUrl'],
  },
  eventRecorded: {
    subject: 'Patient safety event recorded: ((reference))',
    body: [
      'Thank you for recording a patient safety event. Its reference is ((reference)).',
      'Your organisation’s patient safety team can now see it and will decide what happens next.',
      'You can see, print or update it at any time: ((eventUrl))',
    ].join('\n\n'),
    values: ['reference', 'eventUrl'],
  },
  accessRequested: {
    subject: 'Someone has asked for access to ((organisationName))',
    body: [
      'Someone has asked for ((role)) access to ((organisationName)) in Record and review patient safety events.',
      'You can decide who gets access because ((decider)). Sign in to see who asked and why, and to approve or reject the request: ((decideUrl))',
    ].join('\n\n'),
    values: ['organisationName', 'role', 'decider', 'decideUrl'],
  },
  accessDecided: {
    subject: 'Your request for access to ((organisationName)) has been decided',
    body: [
      'Your request for ((role)) access to ((organisationName)) has been ((decision)).',
      'Sign in to see your organisations and any reason given: ((accountUrl))',
    ].join('\n\n'),
    values: ['organisationName', 'role', 'decision', 'accountUrl'],
  },
  accessChanged: {
    subject: 'Your access to ((organisationName)) has changed',
    body: [
      'An admin of ((organisationName)) has changed your access in Record and review patient safety events: ((change)).',
      'Sign in to see your organisations: ((accountUrl))',
      'If you think this is a mistake, contact the organisation’s patient safety team.',
    ].join('\n\n'),
    values: ['organisationName', 'change', 'accountUrl'],
  },
  accountApproved: {
    subject: 'Your account for Record and review patient safety events has been approved',
    body: [
      'A national administrator has approved your account.',
      'Sign in to see your organisations: ((accountUrl))',
    ].join('\n\n'),
    values: ['accountUrl'],
  },
} as const satisfies Record<string, { subject: string; body: string; values: readonly string[] }>

export type EmailTemplateName = keyof typeof emailTemplates

/** The values one template needs, by name. */
export type Personalisation<Name extends EmailTemplateName> = Record<
  (typeof emailTemplates)[Name]['values'][number],
  string
>

export const emailTemplateNames = Object.keys(emailTemplates) as EmailTemplateName[]

/** The subject and body with their ((placeholders)) filled in, as a person would read them. */
export function renderEmail(name: EmailTemplateName, personalisation: Record<string, string>) {
  const fill = (text: string) =>
    text.replace(/\(\((\w+)\)\)/g, (_match, key: string) => {
      const value = personalisation[key]
      if (value === undefined) throw new Error(`The ${name} email needs ${key}`)
      return value
    })
  const template = emailTemplates[name]
  return { subject: fill(template.subject), body: fill(template.body) }
}
