import { expect, test } from './fixtures'
import { registerAccount } from './journeys/registerAccount'
import { ServicePage } from './pages/ServicePage'
import { SignInPage } from './pages/SignInPage'

test('a new user registers, activates from the email, signs in, out and in again', async ({ page }) => {
  const account = await registerAccount(page, `new.starter.${Date.now()}@nhs.net`)
  await page.getByRole('button', { name: 'Sign in' }).click()
  let signIn = await SignInPage.verifyOnPage(page)
  await signIn.signInAs(account.email, account.password)
  await ServicePage.verifyOnPage(page, /Your account/)
  await expect(page.getByText('Northmoor Hospitals NHS Foundation Trust (demo) (DMAT1)')).toBeVisible()
  await page.getByRole('button', { name: 'Sign out' }).click()
  await ServicePage.verifyOnPage(page, 'You have signed out')
  await page.getByRole('button', { name: 'Sign in again' }).click()
  signIn = await SignInPage.verifyOnPage(page)
  await signIn.signInAs(account.email, account.password)
  await ServicePage.verifyOnPage(page, /Your account/)
})

test('a new user outside nhs.net ends up waiting for approval', async ({ page }) => {
  const account = await registerAccount(page, `agency.${Date.now()}@example.org`)
  await page.getByRole('button', { name: 'Sign in' }).click()
  const signIn = await SignInPage.verifyOnPage(page)
  await signIn.signInAs(account.email, account.password)
  await ServicePage.verifyOnPage(page, /Your account/)
  await expect(page.locator('.govuk-notification-banner')).toContainText('Waiting for approval')
})
