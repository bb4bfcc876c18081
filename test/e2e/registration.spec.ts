import { expect, test } from './fixtures'
import { DevelopmentMailboxPage } from './pages/DevelopmentMailboxPage'
import { ServicePage } from './pages/ServicePage'
import { SignInPage } from './pages/SignInPage'

test('a new user registers, activates from the email, signs in and out', async ({ page }) => {
  const email = `new.starter.${Date.now()}@nhs.net`
  await page.goto('/')
  await ServicePage.verifyOnPage(page, 'Record and review patient safety events')
  await page.getByRole('link', { name: 'set up an account' }).click()

  await ServicePage.verifyOnPage(page, /Do you already have an NHS account/)
  await page.getByLabel('No, create an account').check()
  await page.getByRole('button', { name: 'Continue' }).click()

  await ServicePage.verifyOnPage(page, /Your details/)
  await page.getByLabel('First name').fill('Robin')
  await page.getByLabel('Last name').fill('Okafor')
  await page.getByLabel('Email address', { exact: true }).fill(email)
  await page.getByLabel('Confirm email address').fill(email)
  await page.getByRole('button', { name: 'Continue' }).click()

  await ServicePage.verifyOnPage(page, /What is your main job role\?/)
  await page.getByLabel('Nurse or midwife').check()
  await page.getByRole('button', { name: 'Continue' }).click()

  await ServicePage.verifyOnPage(page, /What type of organisation do you work for\?/)
  await page.getByLabel('NHS trust').check()
  await page.getByRole('button', { name: 'Continue' }).click()

  await ServicePage.verifyOnPage(page, /Find your organisation/)
  await page.getByLabel('Organisation name or ODS code').fill('Northmoor Hospitals')
  await page.getByRole('button', { name: 'Search' }).click()
  await ServicePage.verifyOnPage(page, /Find your organisation/)
  await page.getByLabel('Northmoor Hospitals NHS Foundation Trust (demo)').check()
  await page.getByRole('button', { name: 'Continue' }).click()

  await ServicePage.verifyOnPage(page, /Check your details before registering/)
  await page.getByRole('button', { name: 'Register' }).click()
  await ServicePage.verifyOnPage(page, /Check your details before registering/)
  await expect(page.locator('.govuk-error-summary')).toContainText('Confirm that you agree to the terms and conditions')
  await page.getByLabel('I agree to the terms and conditions').check()
  await page.getByRole('button', { name: 'Register' }).click()
  await ServicePage.verifyOnPage(page, 'Check your email')

  // The email is sent by the outbox worker within a few seconds.
  let link = ''
  await expect(async () => {
    const mailbox = await DevelopmentMailboxPage.open(page, email)
    link = await mailbox.linkIn('Activate your account')
    expect(link).toContain('/accounts/activate/')
  }).toPass({ timeout: 30_000 })

  await page.goto(link)
  await ServicePage.verifyOnPage(page, /Set your password and security question/)
  await page.getByLabel('Password', { exact: true }).fill('amber kettle orchard')
  await page.getByLabel('Repeat your password').fill('amber kettle orchard')
  await page.getByLabel('Security question', { exact: true }).selectOption('What was the name of your first pet?')
  await page.getByLabel('Answer to your security question').fill('Pepper')
  await page.getByRole('button', { name: 'Activate account' }).click()

  await ServicePage.verifyOnPage(page, 'Your account is active')
  await page.getByRole('button', { name: 'Sign in' }).click()
  const signIn = await SignInPage.verifyOnPage(page)
  await signIn.signInAs(email, 'amber kettle orchard')
  await ServicePage.verifyOnPage(page, /Your account/)
  await expect(page.getByText('Northmoor Hospitals NHS Foundation Trust (demo) (DMAT1)')).toBeVisible()
  await page.getByRole('link', { name: 'Sign out' }).click()
  await ServicePage.verifyOnPage(page, 'You have signed out')
})
