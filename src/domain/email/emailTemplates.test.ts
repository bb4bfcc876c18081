import { emailTemplateNames, emailTemplates, renderEmail } from './emailTemplates'

describe('email templates', () => {
  it.each(emailTemplateNames)('%s uses exactly the values it declares', name => {
    const template = emailTemplates[name]
    const used = [...`${template.subject}\n${template.body}`.matchAll(/\(\((\w+)\)\)/g)].map(match => match[1])
    expect(new Set(used)).toEqual(new Set(template.values))
  })

  it('fills in the values', () => {
    const email = renderEmail('accountActivation', { activationUrl: 'http://localhost:3000/activate/abc' })
    expect(email.body).toContain('http://localhost:3000/activate/abc')
    expect(email.body).not.toContain('((')
  })

  it('refuses to send an email with a value missing', () => {
    expect(() => renderEmail('accountActivation', {})).toThrow('The accountActivation email needs activationUrl')
  })
})
