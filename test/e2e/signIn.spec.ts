import { DEMO_PASSWORD, demoAccounts } from '../../seeds/demoAccounts'
import { expect, test } from './fixtures'
import { ServicePage } from './pages/ServicePage'
import { SignInPage } from './pages/SignInPage'

const [standard] = demoAccounts

test('a demo user signs in from the start page, sees their account, signs out and signs in again', async ({ page }) => {
  await page.goto('/')
  await ServicePage.verifyOnPage(page, 'Record and review patient safety events')
  await page.getByRole('button', { name: 'Sign in to start' }).click()

  let signIn = await SignInPage.verifyOnPage(page)
  await signIn.signInAs(standard.email, 'not the password')
  signIn = await SignInPage.verifyOnPage(page)
  await expect(signIn.errorSummary).toContainText('Enter a correct email address and password')
  await expect(signIn.email).toHaveValue(standard.email)
  await signIn.signInAs(standard.email, DEMO_PASSWORD)

  await ServicePage.verifyOnPage(page, 'Your account')
  await expect(page.getByText(`You are signed in as ${standard.email}`)).toBeVisible()
  await expect(page.locator('.govuk-summary-list__row').filter({ hasText: 'DMAG1' }).first()).toContainText(
    'Standard access',
  )

  await page.getByRole('button', { name: 'Sign out' }).click()
  await ServicePage.verifyOnPage(page, 'You have signed out')
  await page.getByRole('button', { name: 'Sign in again' }).click()
  signIn = await SignInPage.verifyOnPage(page)
  await signIn.signInAs(standard.email, DEMO_PASSWORD)
  await ServicePage.verifyOnPage(page, 'Your account')

  // An address that signs out, followed from anywhere, asks first.
  await page.goto('/sign-out')
  await ServicePage.verifyOnPage(page, 'Are you sure you want to sign out?')
  await page.getByRole('main').getByRole('button', { name: 'Sign out' }).click()
  await ServicePage.verifyOnPage(page, 'You have signed out')
})
