import type { OrganisationType } from '../organisations/organisationTypes'
import { Permissions, type Grant, type ScopedEvent } from './permissions'
import type { Role } from './roles'
import { statusTransitions } from './statusTransitions'

const PRACTICE = 11
const TRUST = 12
const OTHER_TRUST = 13
const ICB = 2
const REGION = 1
const OTHER_ICB = 3

const me = { id: 'me', isNationalAdmin: false, status: 'active' as const }

function grant(role: Role, organisationId: number, organisationType: OrganisationType = 'nhs_trust'): Grant {
  return {
    organisationId,
    odsCode: `O${organisationId}`,
    organisationName: 'Org',
    organisationType,
    role,
    endsOn: null,
  }
}

function event(overrides: Partial<ScopedEvent> = {}): ScopedEvent {
  return {
    recordedBy: 'someone else',
    status: 'submitted',
    organisationId: TRUST,
    icbId: ICB,
    regionId: REGION,
    ...overrides,
  }
}

describe('Permissions over one event', () => {
  it.each([
    // who                                   action      event                                   allowed
    ['the recorder, no membership', [], 'view', event({ recordedBy: 'me' }), true],
    ['the recorder of a closed event', [], 'view', event({ recordedBy: 'me', status: 'closed' }), true],
    ['the recorder, updating', [], 'update', event({ recordedBy: 'me' }), true],
    ['the recorder, updating a closed event', [], 'update', event({ recordedBy: 'me', status: 'closed' }), false],
    ['the recorder, updating a reviewed event', [], 'update', event({ recordedBy: 'me', status: 'reviewed' }), false],
    ['the recorder, updating in review', [], 'update', event({ recordedBy: 'me', status: 'in_review' }), true],
    ['the recorder, reviewing their own event', [], 'review', event({ recordedBy: 'me' }), false],
    ['standard member of the organisation', [grant('standard', TRUST)], 'view', event(), false],
    ['organisational member', [grant('organisational', TRUST)], 'view', event(), true],
    ['organisational member', [grant('organisational', TRUST)], 'review', event(), true],
    ['organisational member', [grant('organisational', TRUST)], 'update', event(), true],
    [
      'organisational member, closed event',
      [grant('organisational', TRUST)],
      'update',
      event({ status: 'closed' }),
      false,
    ],
    ['organisational member of another trust', [grant('organisational', OTHER_TRUST)], 'view', event(), false],
    ['admin', [grant('admin', TRUST)], 'review', event(), true],
    ['admin', [grant('admin', TRUST)], 'download', event(), true],
    ['read-only member', [grant('read_only', TRUST)], 'view', event(), true],
    ['read-only member', [grant('read_only', TRUST)], 'download', event(), true],
    ['read-only member', [grant('read_only', TRUST)], 'review', event(), false],
    ['read-only member', [grant('read_only', TRUST)], 'update', event(), false],
    ['read-only at the ICB', [grant('read_only', ICB, 'icb')], 'view', event(), true],
    [
      'read-only at the ICB, event elsewhere',
      [grant('read_only', ICB, 'icb')],
      'view',
      event({ icbId: OTHER_ICB }),
      false,
    ],
    ['read-only at the region', [grant('read_only', REGION, 'region')], 'view', event(), true],
    ['read-only at the region', [grant('read_only', REGION, 'region')], 'view', event({ regionId: 9 }), false],
    ['organisational at the ICB (wider area)', [grant('organisational', ICB, 'icb')], 'review', event(), true],
    [
      'a GP practice member over a trust in the same ICB',
      [grant('admin', PRACTICE, 'gp_practice')],
      'view',
      event(),
      false,
    ],
    [
      'several memberships, one reaching',
      [grant('standard', TRUST), grant('read_only', ICB, 'icb')],
      'view',
      event(),
      true,
    ],
    ['anyone, for an unknown status', [grant('admin', TRUST)], 'view', event({ status: 'archived' }), false],
  ] as const)('%s: %s → %s', (_who, grants, action, scoped, allowed) => {
    expect(new Permissions(me, grants).can(action, scoped)).toBe(allowed)
  })

  it('gives an account waiting for approval none of its memberships’ powers', () => {
    const permissions = new Permissions({ ...me, status: 'pending' }, [grant('admin', TRUST)])
    expect(permissions.can('view', event())).toBe(false)
    expect(permissions.canFor('manageUsers', TRUST)).toBe(false)
    expect(permissions.can('view', event({ recordedBy: 'me' }))).toBe(true)
  })
})

describe('Moving an event on in its review', () => {
  it.each([
    // who                                              move              status         allowed
    ['organisational member', [grant('organisational', TRUST)], 'startReview', 'submitted', true],
    ['organisational member, already in review', [grant('organisational', TRUST)], 'startReview', 'in_review', false],
    ['organisational member', [grant('organisational', TRUST)], 'completeReview', 'in_review', true],
    ['organisational member', [grant('organisational', TRUST)], 'close', 'reviewed', false],
    ['admin', [grant('admin', TRUST)], 'close', 'reviewed', true],
    ['admin, before the review is complete', [grant('admin', TRUST)], 'close', 'in_review', false],
    ['admin', [grant('admin', TRUST)], 'reopen', 'closed', true],
    ['organisational member', [grant('organisational', TRUST)], 'reopen', 'reviewed', true],
    ['organisational at the ICB', [grant('organisational', ICB, 'icb')], 'startReview', 'submitted', true],
    ['admin of another trust', [grant('admin', OTHER_TRUST)], 'startReview', 'submitted', false],
    ['read-only member', [grant('read_only', TRUST)], 'startReview', 'submitted', false],
    ['read-only at the region', [grant('read_only', REGION, 'region')], 'close', 'reviewed', false],
    ['standard member', [grant('standard', TRUST)], 'startReview', 'submitted', false],
    ['the recorder with no role', [], 'startReview', 'submitted', false],
  ] as const)('%s: %s from %s → %s', (_who, grants, move, status, allowed) => {
    expect(new Permissions(me, grants).canMove(move, event({ status, recordedBy: 'me' }))).toBe(allowed)
  })

  it('asks for a reason only when reopening', () => {
    expect(Object.entries(statusTransitions).filter(([, transition]) => transition.reasonRequired)).toEqual([
      ['reopen', expect.anything()],
    ])
  })
})

describe('Permissions for an organisation', () => {
  it.each([
    ['standard', 'record', true],
    ['organisational', 'record', true],
    ['organisational', 'manageUsers', false],
    ['admin', 'manageUsers', true],
    ['read_only', 'record', false],
    ['read_only', 'manageUsers', false],
  ] as const)('%s may %s: %s', (role, action, allowed) => {
    expect(new Permissions(me, [grant(role, TRUST)]).canFor(action, TRUST)).toBe(allowed)
    expect(new Permissions(me, [grant(role, TRUST)]).canFor(action, OTHER_TRUST)).toBe(false)
  })

  it('knows where viewing and downloading reach from the one table of event access', () => {
    const readOnly = new Permissions(me, [grant('read_only', ICB, 'icb')])
    expect(readOnly.reaches('view')).toBe(true)
    expect(readOnly.reaches('download')).toBe(true)
    expect(readOnly.reaches('review')).toBe(false)
    expect(new Permissions(me, [grant('standard', TRUST)]).reaches('view')).toBe(false)
    expect(readOnly.grantsReaching('view').map(reaching => reaching.organisationId)).toEqual([ICB])
  })

  it('reaches events through every membership that lets it view, naming ICBs and regions for the areas within them', () => {
    const permissions = new Permissions(me, [
      grant('standard', PRACTICE, 'gp_practice'),
      grant('organisational', TRUST),
      grant('read_only', ICB, 'icb'),
      grant('read_only', REGION, 'region'),
    ])
    expect(permissions.eventScope('view')).toEqual({
      organisationIds: [TRUST, ICB, REGION],
      icbIds: [ICB],
      regionIds: [REGION],
    })
    expect(permissions.eventScope('review')).toEqual({ organisationIds: [TRUST], icbIds: [], regionIds: [] })
  })

  it('knows a national administrator only when their account is active', () => {
    expect(new Permissions({ ...me, isNationalAdmin: true }, []).isNationalAdmin).toBe(true)
    expect(new Permissions({ ...me, isNationalAdmin: true, status: 'disabled' }, []).isNationalAdmin).toBe(false)
  })
})

describe('Permissions to decide a request for access', () => {
  const request = (organisationId: number, organisationHasAdmin: boolean, userId = 'someone else') => ({
    userId,
    organisationId,
    organisationHasAdmin,
  })
  const national = { ...me, isNationalAdmin: true }

  it.each([
    // who                                              user      grants                        request                     allowed
    ['an admin of the organisation', me, [grant('admin', TRUST)], request(TRUST, true), true],
    ['an admin, for their own request', me, [grant('admin', TRUST)], request(TRUST, true, 'me'), false],
    ['an admin of another organisation', me, [grant('admin', OTHER_TRUST)], request(TRUST, true), false],
    ['an organisational member', me, [grant('organisational', TRUST)], request(TRUST, true), false],
    ['a national administrator, no admin there', national, [], request(TRUST, false), true],
    ['a national administrator, an admin there', national, [], request(TRUST, true), false],
    ['a national administrator, their own request', national, [], request(TRUST, false, 'me'), false],
    [
      'a disabled national administrator',
      { ...national, status: 'disabled' as const },
      [],
      request(TRUST, false),
      false,
    ],
    ['a member with no admin there', me, [grant('standard', TRUST)], request(TRUST, false), false],
  ] as const)('%s: %s', (_who, user, grants, decidable, allowed) => {
    expect(new Permissions(user, grants).canDecide(decidable)).toBe(allowed)
  })
})
