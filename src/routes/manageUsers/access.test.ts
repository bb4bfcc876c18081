import type { Role } from '../../domain/permissions/roles'
import { useTestDatabase } from '../../../test/database/testDatabase'
import { csrfTokenFrom } from '../../../test/support/forms'
import { seedPersonas, signedInPersona, type PersonaEmail } from '../../../test/support/personas'
import { recordShortIncident } from '../../../test/support/recording'
import type { Agent } from '../../../test/support/signIn'
import { startTestServer } from '../../../test/support/testApp'

describe('organisations, roles and access requests', () => {
  const database = useTestDatabase()
  let server: Awaited<ReturnType<typeof startTestServer>>
  const agents = new Map<PersonaEmail, Agent>()
  const as = async (email: PersonaEmail) => {
    if (!agents.has(email)) agents.set(email, await signedInPersona(server, email))
    return agents.get(email)!
  }
  const db = () => database.current.db

  // Seeding the organisations and demo data takes a while on a busy machine.
  beforeAll(async () => {
    server = await startTestServer(database.current)
    await seedPersonas(server)
  }, 120_000)
  afterAll(() => server.close())

  async function post(agent: Agent, path: string, fields: Record<string, string> = {}) {
    const page = await agent.get(path)
    expect(page.status).toBe(200)
    return agent
      .post(path)
      .type('form')
      .send({ _csrf: csrfTokenFrom(page), ...fields })
  }

  async function recordIncident(agent: Agent, description: string) {
    const { eventId } = await recordShortIncident(agent, description)
    return (await db()('events').where({ id: eventId }).first())!
  }

  async function userId(email: string) {
    return (await db()('users').where({ email }).first())!.id as string
  }

  async function pendingRequest(email: string, odsCode: string) {
    return db()('access_requests')
      .join('organisations', 'organisations.id', 'access_requests.organisation_id')
      .join('users', 'users.id', 'access_requests.user_id')
      .where('users.email', email)
      .andWhere('organisations.ods_code', odsCode)
      .andWhere('access_requests.status', 'pending')
      .first('access_requests.id')
  }

  it('offers each person what their roles allow on the home page', async () => {
    const standard = (await (await as('demo.standard@nhs.net')).get('/home')).text
    expect(standard).toContain('Record a patient safety event')
    expect(standard).not.toContain('View events in my organisations')
    expect(standard).not.toContain('Manage users in')
    const admin = (await (await as('demo.admin@nhs.net')).get('/home')).text
    expect(admin).toContain('View events in my organisations')
    expect(admin).toContain('Manage users in Northmoor Hospitals NHS Foundation Trust (demo)')
    const icb = (await (await as('demo.icb@nhs.net')).get('/home')).text
    expect(icb).toContain('View events in my organisations')
    expect(icb).not.toContain('Manage users in')
    const national = (await (await as('demo.national@nhs.net')).get('/home')).text
    expect(national).toContain('Accounts and access requests waiting for a national administrator')
    expect(national).toContain('You are not a member of any organisation yet')
  })

  it('shows events to those who oversee them, audited, without the free text as typed', async () => {
    const atPractice = await recordIncident(await as('demo.standard@nhs.net'), 'Practice narrative kept private')
    const atTrust = await recordIncident(
      await as('demo.organisational@nhs.net'),
      'Mrs Joan Whitfield (NHS number 943 476 5919) was given 10 mg. Chris Okafor was told.',
    )
    const elsewhere = await recordIncident(await as('demo.external@nhs.net'), 'Westcombe narrative kept private')
    expect([atPractice.organisation_id, atTrust.organisation_id, elsewhere.organisation_id]).toHaveLength(3)

    const sees = async (email: PersonaEmail) => {
      const list = (await (await as(email)).get('/organisation-events')).text
      return [atPractice, atTrust, elsewhere].filter(event => list.includes(event.reference)).map(event => event.id)
    }
    expect(await sees('demo.icb@nhs.net')).toEqual([atPractice.id, atTrust.id])
    expect(await sees('demo.region@nhs.net')).toEqual([atPractice.id, atTrust.id])
    expect(await sees('demo.admin@nhs.net')).toEqual([atTrust.id])
    expect(await sees('demo.external@nhs.net')).toEqual([atTrust.id])

    const icb = await as('demo.icb@nhs.net')
    const page = await icb.get(`/organisation-events/${atTrust.id}`)
    expect(page.status).toBe(200)
    expect(page.text).toContain('Sam Patel')
    expect(page.text).not.toMatch(/Joan|Whitfield|943 476 5919|Okafor was told/)
    expect(page.text).toContain('Mrs [name] (NHS number [NHS number]) was given 10 mg. [name] was told.')
    const audit = await db()('audit_log').where({ action: 'event.viewed', subject_id: atTrust.id })
    expect(audit).toEqual([expect.objectContaining({ actor_user_id: await userId('demo.icb@nhs.net') })])

    expect((await icb.get(`/organisation-events/${elsewhere.id}`)).status).toBe(404)

    const download = await icb.get('/organisation-events/download.csv?type=incident')
    expect(download.headers['content-type']).toBe('text/csv; charset=utf-8')
    expect(download.headers['content-disposition']).toMatch(
      /^attachment; filename=patient-safety-events-\d{4}-\d{2}-\d{2}\.csv$/,
    )
    const lines = download.text.trim().split('\r\n')
    expect(lines[0]).toMatch(/^Reference,Organisation code,Organisation,Type of event,/)
    // Newest first: the two just recorded, then the demo events of the ICB's organisations.
    expect(lines.slice(1, 3).map(line => line.split(',')[0])).toEqual([atTrust.reference, atPractice.reference])
    expect(lines).toHaveLength(1 + 4)
    expect(lines[1]).toContain('DMAT1,Northmoor Hospitals NHS Foundation Trust (demo),Incident,submitted,online,')
    expect(download.text).not.toMatch(/narrative|Whitfield/)
    expect(await db()('audit_log').where({ action: 'events.downloaded' }).first()).toMatchObject({
      actor_user_id: await userId('demo.icb@nhs.net'),
      details: { count: 4, filters: { eventType: 'incident' } },
    })
    expect((await (await as('demo.standard@nhs.net')).get('/organisation-events')).status).toBe(404)
    expect((await (await as('demo.standard@nhs.net')).get('/organisation-events/download.csv')).status).toBe(404)
    expect((await (await as('demo.admin@nhs.net')).get(`/events/${atTrust.id}`)).status).toBe(404)
  })

  it('sends a request for an organisation with no admin to national administrators, who approve it', async () => {
    const standard = await as('demo.standard@nhs.net')
    const requests = (await standard.get('/account/requests')).text
    expect(requests).toContain('Northmoor Health Centre (demo) (DMAG1)')
    const { id } = (await pendingRequest('demo.standard@nhs.net', 'DMAG1'))!

    // The practice's members cannot decide; the trust's admin cannot either.
    expect((await standard.get(`/organisations/DMAG1/requests/${id}`)).status).toBe(404)
    expect((await (await as('demo.admin@nhs.net')).get(`/organisations/DMAG1/requests/${id}`)).status).toBe(404)

    const national = await as('demo.national@nhs.net')
    const queue = (await national.get('/admin/access')).text
    expect(queue).toContain(`/organisations/DMAG1/requests/${id}`)
    expect(queue).toContain('Jo Evans')
    const refused = await post(national, `/organisations/DMAG1/requests/${id}`, { decision: 'reject' })
    expect(refused.status).toBe(400)
    expect(refused.text).toContain('Enter why you are rejecting the request')
    const approved = await post(national, `/organisations/DMAG1/requests/${id}`, { decision: 'approve' })
    expect(approved.headers.location).toBe('/admin/access?done=approved')

    const membership = await db()('memberships')
      .where({ user_id: await userId('demo.standard@nhs.net') })
      .first()
    expect(membership).toMatchObject({ role: 'organisational' })
    const decision = await db()('audit_log')
      .where({ action: 'access.approved', subject_id: String(id) })
      .first()
    expect(decision).toMatchObject({ actor_user_id: await userId('demo.national@nhs.net') })
    const email = await db()('email_outbox').where({ template: 'accessDecided', recipient: 'demo.standard@nhs.net' })
    expect(email).toHaveLength(1)
    expect((await standard.get('/organisation-events')).status).toBe(200)
  })

  it('lets an admin approve, change and revoke, and a revoked role stops at the next click', async () => {
    const admin = await as('demo.admin@nhs.net')
    const organisational = await as('demo.organisational@nhs.net')
    expect((await organisational.get('/organisation-events')).status).toBe(200)
    const { id } = (await pendingRequest('demo.organisational@nhs.net', 'DMAT1'))!
    const users = (await admin.get('/organisations/DMAT1/users')).text
    expect(users).toContain(`/organisations/DMAT1/requests/${id}`)
    expect(users).toContain('Demo data sharing agreement for a joint review')

    const rejected = await post(admin, `/organisations/DMAT1/requests/${id}`, {
      decision: 'reject',
      reason: 'Ask again when the cover starts',
    })
    expect(rejected.headers.location).toBe('/organisations/DMAT1/users?done=rejected')
    expect(await db()('access_requests').where({ id }).first()).toMatchObject({
      status: 'rejected',
      decision_reason: 'Ask again when the cover starts',
    })

    const member = `/organisations/DMAT1/users/${await userId('demo.organisational@nhs.net')}`
    const noReason = await post(admin, member, { role: 'remove' })
    expect(noReason.status).toBe(400)
    const revoked = await post(admin, member, { role: 'remove', reason: 'Left the trust' })
    expect(revoked.headers.location).toBe('/organisations/DMAT1/users?done=removed')
    // The same open session: the next click finds nothing there.
    expect((await organisational.get('/organisation-events')).status).toBe(404)
    const audit = await db()('audit_log').where({ action: 'membership.revoked' }).first()
    expect(audit!.details).toMatchObject({ previousRole: 'organisational', role: null, reason: 'Left the trust' })
  })

  it('will not approve an old request that would take away access the person has now, and says why', async () => {
    const staleRequest = async (email: string, odsCode: string, role: Role) => {
      const organisation = (await db()('organisations').where({ ods_code: odsCode }).first())!
      const [row] = await db()('access_requests')
        .insert({ user_id: await userId(email), organisation_id: organisation.id, role, reason: 'Asked long ago' })
        .returning('id')
      return row!.id as number
    }
    const roleOf = async (email: string, odsCode: string) =>
      (await db()('memberships')
        .join('organisations', 'organisations.id', 'memberships.organisation_id')
        .where({ user_id: await userId(email), ods_code: odsCode })
        .first('role', 'ends_on'))!

    // An admin, for someone with read-only access under an agreement who once asked for standard access.
    const byAdmin = await staleRequest('demo.external@nhs.net', 'DMAT1', 'standard')
    const before = await roleOf('demo.external@nhs.net', 'DMAT1')
    const admin = await as('demo.admin@nhs.net')
    const refused = await post(admin, `/organisations/DMAT1/requests/${byAdmin}`, { decision: 'approve' })
    expect(refused.status).toBe(400)
    expect(refused.text).toContain('There is a problem')
    expect(refused.text).toContain(
      'Grace Adeyemi now has read-only access, which this request for standard access would take away. ' +
        'Reject the request, or change their access from the list of users.',
    )
    expect(await roleOf('demo.external@nhs.net', 'DMAT1')).toEqual(before)
    expect(await db()('access_requests').where({ id: byAdmin }).first()).toMatchObject({ status: 'pending' })
    const rejected = await post(admin, `/organisations/DMAT1/requests/${byAdmin}`, {
      decision: 'reject',
      reason: 'You have read-only access already',
    })
    expect(rejected.headers.location).toBe('/organisations/DMAT1/users?done=rejected')

    // A national administrator, for a practice with no admin whose member has more access now.
    const byNational = await staleRequest('demo.standard@nhs.net', 'DMAG1', 'standard')
    const national = await as('demo.national@nhs.net')
    const alsoRefused = await post(national, `/organisations/DMAG1/requests/${byNational}`, { decision: 'approve' })
    expect(alsoRefused.status).toBe(400)
    expect(alsoRefused.text).toContain(
      'Alex Morgan now has organisational access, which this request for standard access would take away. ' +
        'Reject the request.',
    )
    expect(await roleOf('demo.standard@nhs.net', 'DMAG1')).toMatchObject({ role: 'organisational' })
  })

  it('will not let the last admin remove or demote themselves, and says why', async () => {
    const admin = await as('demo.admin@nhs.net')
    const self = `/organisations/DMAT1/users/${await userId('demo.admin@nhs.net')}`
    const demoted = await post(admin, self, { role: 'standard', reason: 'Stepping down' })
    expect(demoted.status).toBe(400)
    expect(demoted.text).toContain('You are the only admin')
    const left = await post(admin, '/account/organisations/DMAT1/remove')
    expect(left.status).toBe(400)
    expect(left.text).toContain('You are its only admin')
    expect(
      await db()('memberships')
        .where({ user_id: await userId('demo.admin@nhs.net') })
        .first(),
    ).toMatchObject({
      role: 'admin',
    })
  })

  it('gives read-only access under an agreement until a date, after which it ends by itself', async () => {
    const admin = await as('demo.admin@nhs.net')
    const form = { email: 'demo.region@nhs.net', reason: 'Regional review agreement RR-12' }
    const past = await post(admin, '/organisations/DMAT1/external-access', {
      ...form,
      'endsOn-day': '1',
      'endsOn-month': '1',
      'endsOn-year': '2020',
    })
    expect(past.status).toBe(400)
    expect(past.text).toContain('The date access ends must be in the future')
    expect(past.text).toContain('Regional review agreement RR-12')
    const unknown = await post(admin, '/organisations/DMAT1/external-access', {
      ...form,
      email: 'nobody@nhs.net',
      'endsOn-day': '1',
      'endsOn-month': '1',
      'endsOn-year': String(new Date().getFullYear() + 1),
    })
    expect(unknown.text).toContain('There is no account with that email address')

    const external = await as('demo.external@nhs.net')
    expect((await external.get('/organisation-events')).status).toBe(200)
    await db()('memberships')
      .where({ user_id: await userId('demo.external@nhs.net'), role: 'read_only' })
      .update({ ends_on: '2020-01-01' })
    expect((await external.get('/organisation-events')).status).toBe(404)
  })

  it('adds organisations: an nhs.net address joins a practice at once; an ICB waits for approval; requests can be cancelled', async () => {
    const region = await as('demo.region@nhs.net')
    const search = await region.get('/account/organisations/add?q=DMAG2')
    expect(search.text).toContain('Northmoor Riverside Surgery (demo)')
    const empty = await post(region, '/account/organisations/add?q=DMAG2')
    expect(empty.status).toBe(400)
    const joined = await post(region, '/account/organisations/add?q=DMAG2', { organisation: 'DMAG2' })
    expect(joined.headers.location).toBe('/account/organisations?done=member')
    const icb = await post(region, '/account/organisations/add?q=QUY', { organisation: 'QUY' })
    expect(icb.headers.location).toBe('/account/organisations?done=requested')
    const { id } = (await pendingRequest('demo.region@nhs.net', 'QUY'))!
    const cancelled = await post(region, `/account/requests/${id}/cancel`)
    expect(cancelled.headers.location).toBe('/account/requests?done=cancelled')
    expect(await db()('access_requests').where({ id }).first()).toMatchObject({ status: 'cancelled' })
    expect((await (await as('demo.icb@nhs.net')).get(`/account/requests/${id}/cancel`)).status).toBe(404)
  })

  it('lets a member ask for more access with a reason, and emails the organisation’s admins', async () => {
    const external = await as('demo.external@nhs.net')
    const noReason = await post(external, '/account/organisations/DMBT1/amend', { role: 'admin' })
    expect(noReason.status).toBe(400)
    expect(noReason.text).toContain('Enter why you need this access')
    const asked = await post(external, '/account/organisations/DMBT1/amend', { role: 'admin', reason: 'New lead' })
    expect(asked.headers.location).toBe('/account/requests?done=requested')
    const again = await post(external, '/account/organisations/DMBT1/amend', { role: 'organisational', reason: 'x' })
    expect(again.headers.location).toBe('/account/requests?done=alreadyRequested')
    // Westcombe's trust has no admin: national administrators hear of it.
    const emails = await db()('email_outbox').where({ template: 'accessRequested' }).orderBy('created_at', 'desc')
    expect(emails[0]).toMatchObject({ recipient: 'demo.national@nhs.net' })
    expect(JSON.stringify(emails[0]!.personalisation)).not.toContain('Grace')
  })

  it('lets a national administrator approve an account whose address is not nhs.net, with the access it asked for', async () => {
    const national = await as('demo.national@nhs.net')
    const pending = await userId('demo.pending@example.org')
    expect((await national.get('/admin/access')).text).toContain(`/admin/registrations/${pending}`)
    expect((await (await as('demo.admin@nhs.net')).get(`/admin/registrations/${pending}`)).status).toBe(404)
    const approved = await post(national, `/admin/registrations/${pending}`, { decision: 'approve' })
    expect(approved.headers.location).toBe('/admin/access?done=approved')
    expect(await db()('users').where({ id: pending }).first()).toMatchObject({ status: 'active' })
    expect(await db()('memberships').where({ user_id: pending }).first()).toMatchObject({ role: 'standard' })
  })
})
