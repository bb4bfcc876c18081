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
