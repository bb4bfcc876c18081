import { expect, test } from './fixtures'
import { emailedLink, registerAccount } from './journeys/registerAccount'
import { ServicePage } from './pages/ServicePage'
import { SignInPage } from './pages/SignInPage'

test('five wrong passwords lock an account; the emailed link unlocks it; a forgotten password is reset', async ({
  page,
}) => {
  test.setTimeout(300_000)
  const account = await registerAccount(page, `forgetful.${Date.now()}@nhs.net`)

  await page.goto('/sign-in')
  for (let attempt = 1; attempt <= 5; attempt++) {
    const signIn = await SignInPage.verifyOnPage(page)
    await signIn.signInAs(account.email, `wrong guess ${attempt}`)
  }
  let signIn = await SignInPage.verifyOnPage(page)
  await signIn.signInAs(account.email, account.password)
  signIn = await SignInPage.verifyOnPage(page)
  await expect(signIn.errorSummary).toContainText('Enter a correct email address and password')

  await page.goto(await emailedLink(page, account.email, 'is locked'))
  await ServicePage.verifyOnPage(page, 'Unlock your account')
  await page.getByRole('button', { name: 'Unlock my account' }).click()
  await ServicePage.verifyOnPage(page, 'Your account is unlocked')
  await page.getByRole('button', { name: 'Sign in' }).click()
  signIn = await SignInPage.verifyOnPage(page)
  await signIn.signInAs(account.email, account.password)
  await ServicePage.verifyOnPage(page, /Your account/)
  await page.getByRole('button', { name: 'Sign out' }).click()
  await ServicePage.verifyOnPage(page, 'You have signed out')

  await page.getByRole('button', { name: 'Sign in again' }).click()
  await SignInPage.verifyOnPage(page)
  await page.getByRole('link', { name: 'Forgotten your password or locked out?' }).click()
  await ServicePage.verifyOnPage(page, 'Reset your password')
  await page.getByLabel('Email address').fill(account.email)
  await page.getByRole('button', { name: 'Send reset link' }).click()
  await ServicePage.verifyOnPage(page, 'Check your email')

  await page.goto(await emailedLink(page, account.email, 'Reset your password'))
  await ServicePage.verifyOnPage(page, 'Choose a new password')
  await page.getByLabel('What was the name of your first pet?').fill(account.securityAnswer.toLowerCase())
  await page.getByLabel('New password', { exact: true }).fill('silver canal morning')
  await page.getByLabel('Repeat your new password').fill('silver canal morning')
  await page.getByRole('button', { name: 'Change password' }).click()
  await ServicePage.verifyOnPage(page, 'Your password has been changed')
  await page.getByRole('button', { name: 'Sign in' }).click()
  signIn = await SignInPage.verifyOnPage(page)
  await signIn.signInAs(account.email, 'silver canal morning')
  await ServicePage.verifyOnPage(page, /Your account/)
})
