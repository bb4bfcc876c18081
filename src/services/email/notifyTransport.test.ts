import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { emailTemplateNames, type EmailTemplateName } from '../../domain/email/emailTemplates'
import { NotifyTransport } from './notifyTransport'

const serviceId = '26785a09-ab16-4eb0-8407-a37497a57506'
const keyId = '3d844edf-8d35-48ac-975b-e847b4f122b0'
const apiKey = `test_key-${serviceId}-${keyId}`
const templateId = 'f33517ff-2a88-4f6e-b855-c550268ce08a'
const templateIds = Object.fromEntries(emailTemplateNames.map(name => [name, templateId])) as Record<
  EmailTemplateName,
  string
>

interface Received {
  path: string | undefined
  authorization: string | undefined
  body: Record<string, unknown>
}

/** A local stand-in for the GOV.UK Notify API, which this machine cannot reach. */
function fakeNotify(status: number, response: unknown) {
  const received: Received[] = []
  const server: Server = createServer((req: IncomingMessage, res) => {
    let body = ''
    req.on('data', chunk => (body += chunk))
    req.on('end', () => {
      received.push({ path: req.url, authorization: req.headers.authorization, body: JSON.parse(body) })
      res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(response))
    })
  })
  return new Promise<{ url: string; received: Received[]; close: () => void }>(resolve =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        received,
        close: () => server.close(),
      }),
    ),
  )
}

const email = {
  id: '42',
  template: 'accountActivation' as const,
  recipient: 'nurse@example.nhs.uk',
  personalisation: { activationUrl: 'https://service.example/activate/abc' },
  attempts: 0,
}

describe('sending through GOV.UK Notify', () => {
  it('posts the template, address, values and outbox reference, signed with the API key', async () => {
    const notify = await fakeNotify(201, { id: 'n1' })
    try {
      const transport = new NotifyTransport({
        apiKey,
        baseUrl: notify.url,
        templateIds,
      })
      await transport.send(email)
      expect(notify.received).toHaveLength(1)
      const [request] = notify.received
      expect(request?.path).toBe('/v2/notifications/email')
      expect(request?.authorization).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/)
      const claims = JSON.parse(Buffer.from(request!.authorization!.split('.')[1]!, 'base64url').toString())
      expect(claims.iss).toBe(serviceId)
      expect(request?.body).toEqual({
        template_id: templateId,
        email_address: 'nurse@example.nhs.uk',
        personalisation: { activationUrl: 'https://service.example/activate/abc' },
        reference: 'outbox-42',
      })
    } finally {
      notify.close()
    }
  })

  it('reports a refusal by status and error code, without the address', async () => {
    const notify = await fakeNotify(400, {
      status_code: 400,
      errors: [{ error: 'BadRequestError', message: 'Can’t send to this recipient: nurse@example.nhs.uk' }],
    })
    try {
      const transport = new NotifyTransport({
        apiKey,
        baseUrl: notify.url,
        templateIds,
      })
      const failure = transport.send(email)
      await expect(failure).rejects.toThrow('GOV.UK Notify refused the email: 400 BadRequestError')
      await expect(failure).rejects.not.toThrow(/nurse@/)
    } finally {
      notify.close()
    }
  })
})
