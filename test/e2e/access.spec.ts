import type { Browser, Page } from '@playwright/test'
import { DEMO_PASSWORD } from '../../seeds/demoAccounts'
import { expect, test } from './fixtures'
import { registerAccount } from './journeys/registerAccount'
import { ServicePage } from './pages/ServicePage'
import { SignInPage } from './pages/SignInPage'

const practice = 'Northmoor Riverside Surgery (demo)'

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/')
  await ServicePage.verifyOnPage(page, 'Record and review patient safety events')
  await page.getByRole('button', { name: 'Sign in to start' }).click()
  const signInPage = await SignInPage.verifyOnPage(page)
  await signInPage.signInAs(email, password)
  await ServicePage.verifyOnPage(page, 'Your account')
}

/** A second person at their own computer: a browser of their own, checked for accessibility too. */
async function anotherPerson(browser: Browser) {
  const context = await browser.newContext()
  return context.newPage()
}

test('a GP becomes the admin of a practice with none, approves a colleague, then takes their access away', async ({
  page: gp,
  browser,
}) => {
  // Three people and about forty pages, each scanned by axe.
  test.setTimeout(480_000)

  // A GP registers with a practice that has no admin, and asks to be its admin.
  const account = await registerAccount(gp, `gp.lead.${Date.now()}@nhs.net`, {
    kind: 'Primary care network (PCN) or GP practice',
    search: 'Northmoor Riverside',
    name: practice,
  })
  await gp.getByRole('button', { name: 'Sign in' }).click()
  await (await SignInPage.verifyOnPage(gp)).signInAs(account.email, account.password)
  await ServicePage.verifyOnPage(gp, 'Your account')
  await expect(gp.getByText(`${practice} (DMAG2)`)).toBeVisible()
  await gp.getByRole('link', { name: 'Manage my organisations, ICB or region' }).click()
  await ServicePage.verifyOnPage(gp, 'Your organisations, ICBs and regions')
  await gp.getByRole('link', { name: `Amend access to ${practice}` }).click()
  await ServicePage.verifyOnPage(gp, /What access do you need\?/)
  await gp.getByRole('button', { name: 'Send request' }).click()
  await ServicePage.verifyOnPage(gp, /What access do you need\?/)
  await expect(gp.locator('.govuk-error-summary')).toContainText('Select the access you need')
  await gp.getByLabel('Admin access').check()
  await gp.getByLabel('Why do you need this access?').fill('I am the practice’s patient safety lead.')
  await gp.getByRole('button', { name: 'Send request' }).click()
  await ServicePage.verifyOnPage(gp, 'Your active access requests')
  await expect(gp.getByRole('row').filter({ hasText: practice })).toContainText('Admin')

  // A national administrator approves it, the practice having no admin to do so.
  const national = await anotherPerson(browser)
  await signIn(national, 'demo.national@nhs.net', DEMO_PASSWORD)
  await national
    .getByRole('link', { name: 'Accounts and access requests waiting for a national administrator' })
    .click()
  await ServicePage.verifyOnPage(national, 'Waiting for a national administrator')
  await national
    .getByRole('row')
    .filter({ hasText: practice })
    .filter({ hasText: 'Robin Okafor' })
    .getByRole('link', { name: /Decide/ })
    .click()
  await ServicePage.verifyOnPage(national, 'Decide on a request for admin access')
  await expect(national.locator('.govuk-warning-text')).toContainText('has no admin')
  await national.getByLabel('Yes, approve it').check()
  await national.getByRole('button', { name: 'Save decision' }).click()
  await ServicePage.verifyOnPage(national, 'Waiting for a national administrator')
  await expect(national.locator('.govuk-notification-banner')).toContainText('Your decision has been saved')

  // A colleague at the practice asks for organisational access.
  const colleague = await anotherPerson(browser)
  await signIn(colleague, 'demo.practice.nurse@nhs.net', DEMO_PASSWORD)
  await colleague.getByRole('link', { name: 'Manage my organisations, ICB or region' }).click()
  await ServicePage.verifyOnPage(colleague, 'Your organisations, ICBs and regions')
  await colleague.getByRole('link', { name: `Amend access to ${practice}` }).click()
  await ServicePage.verifyOnPage(colleague, /What access do you need\?/)
  await colleague.getByLabel('Organisational access').check()
  await colleague.getByLabel('Why do you need this access?').fill('I review the practice’s events.')
  await colleague.getByRole('button', { name: 'Send request' }).click()
  await ServicePage.verifyOnPage(colleague, 'Your active access requests')

  // The GP, now the practice's admin, approves the colleague.
  await gp.goto('/home')
  await ServicePage.verifyOnPage(gp, 'Your account')
  await gp.getByRole('link', { name: `Manage users in ${practice}` }).click()
  await ServicePage.verifyOnPage(gp, 'Manage users')
  await gp.getByRole('link', { name: 'Decide on the request from Dana Kowalski' }).click()
  await ServicePage.verifyOnPage(gp, 'Decide on a request for organisational access')
  await expect(gp.getByText('I review the practice’s events.')).toBeVisible()
  await gp.getByLabel('Yes, approve it').check()
  await gp.getByRole('button', { name: 'Save decision' }).click()
  await ServicePage.verifyOnPage(gp, 'Manage users')
  await expect(gp.getByRole('row', { name: /Dana Kowalski/ })).toContainText('Organisational')

  // The colleague can now see the practice's events.
  await colleague.goto('/home')
  await ServicePage.verifyOnPage(colleague, 'Your account')
  await colleague.getByRole('link', { name: 'View events in my organisations, ICB or region' }).click()
  await ServicePage.verifyOnPage(colleague, 'Events in your organisations')

  // The GP takes the access away again; being the only admin, they cannot give up their own.
  await gp.getByRole('link', { name: 'Change access for Robin Okafor' }).click()
  await ServicePage.verifyOnPage(gp, /Change access for Robin Okafor/)
  await gp.getByLabel('Standard access').check()
  await gp.getByLabel('Why are you changing their access?').fill('Handing over')
  await gp.getByRole('button', { name: 'Save' }).click()
  await ServicePage.verifyOnPage(gp, /Change access for Robin Okafor/)
  await expect(gp.locator('.govuk-error-summary')).toContainText('You are the only admin')
  await gp.getByRole('link', { name: 'Back', exact: true }).click()
  await ServicePage.verifyOnPage(gp, 'Manage users')
  await gp.getByRole('link', { name: 'Change access for Dana Kowalski' }).click()
  await ServicePage.verifyOnPage(gp, /Change access for Dana Kowalski/)
  await gp.getByLabel('Remove their access').check()
  await gp.getByLabel('Why are you changing their access?').fill('No longer reviewing for the practice')
  await gp.getByRole('button', { name: 'Save' }).click()
  await ServicePage.verifyOnPage(gp, 'Manage users')
  await expect(gp.locator('.govuk-notification-banner')).toContainText('Their access has been removed')
  await expect(gp.getByRole('row', { name: /Dana Kowalski/ })).toHaveCount(0)

  // The colleague's open session loses the access at the next click.
  await colleague.getByRole('button', { name: 'Search' }).click()
  await ServicePage.verifyOnPage(colleague, 'Page not found')
  await national.context().close()
  await colleague.context().close()
})
