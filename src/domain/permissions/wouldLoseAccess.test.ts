import { wouldLoseAccess } from './wouldLoseAccess'

describe('whether a change of role takes access away', () => {
  it.each([
    // now             asked for         loses
    ['standard', 'organisational', false],
    ['standard', 'admin', false],
    ['organisational', 'admin', false],
    ['read_only', 'organisational', false],
    ['admin', 'admin', false],
    ['admin', 'organisational', true],
    ['admin', 'standard', true],
    ['organisational', 'standard', true],
    ['organisational', 'read_only', true],
    ['read_only', 'standard', true],
    ['standard', 'read_only', true],
  ] as const)('%s asking for %s: %s', (current, requested, loses) => {
    expect(wouldLoseAccess(current, requested)).toBe(loses)
  })
})
