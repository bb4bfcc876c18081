import { passwordProblem } from './passwordRules'

describe('password rules', () => {
  const email = 'sam.patel@nhs.net'

  it.each([
    ['Demo-password-2026', undefined],
    ['correct horse battery staple', undefined],
    ['short-one', 'Password must be at least 12 characters'],
    ['x'.repeat(201), 'Password must be 200 characters or fewer'],
    ['qwerty123456', 'Password is too common: choose one that is harder to guess'],
    ['Password1234!!', 'Password is too common: choose one that is harder to guess'],
    ['my sam.patel@nhs.net pass', 'Password must not contain your email address'],
    ['Sam.Patel-is-my-name', 'Password must not contain your email address'],
  ])('"%s" → %s', (password, problem) => {
    expect(passwordProblem(password, email)).toBe(problem)
  })
})
