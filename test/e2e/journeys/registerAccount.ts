import type { Page } from '@playwright/test'
import { expect } from '../fixtures'
import { DevelopmentMailboxPage } from '../pages/DevelopmentMailboxPage'
import { ServicePage } from '../pages/ServicePage'

export interface NewAccount {
  email: string
  password: string
  securityAnswer: string
}

/** The newest link in the newest email with this subject, waiting for the outbox worker to send it. */
export async function emailedLink(page: Page, recipient: string, subject: string): Promise<string> {
  let link = ''
  await expect(async () => {
    const mailbox = await DevelopmentMailboxPage.open(page, recipient)
    link = await mailbox.linkIn(subject)
    expect(link).toBeTruthy()
  }).toPass({ timeout: 30_000 })
  return link
}

export interface RegisteringOrganisation {
  /** The kind of organisation, as offered when registering. */
  kind: string
  search: string
  name: string
}

const northmoorTrust: RegisteringOrganisation = {
  kind: 'NHS trust',
  search: 'Northmoor Hospitals',
  name: 'Northmoor Hospitals NHS Foundation Trust (demo)',
}

/** Registers from the start page and activates the account from its email, as a new user would. */
export async function registerAccount(
  page: Page,
  email: string,
  organisation: RegisteringOrganisation = northmoorTrust,
): Promise<NewAccount> {
  const account = { email, password: 'amber kettle orchard', securityAnswer: 'Pepper' }
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
  await page.getByLabel(organisation.kind).check()
  await page.getByRole('button', { name: 'Continue' }).click()

  await ServicePage.verifyOnPage(page, /Find your organisation/)
  await page.getByLabel('Organisation name or ODS code').fill(organisation.search)
  await page.getByRole('button', { name: 'Search' }).click()
  await ServicePage.verifyOnPage(page, /Find your organisation/)
  await page.getByLabel(organisation.name).check()
  await page.getByRole('button', { name: 'Continue' }).click()

  await ServicePage.verifyOnPage(page, /Check your details before registering/)
  await page.getByRole('button', { name: 'Register' }).click()
  await ServicePage.verifyOnPage(page, /Check your details before registering/)
  await expect(page.locator('.govuk-error-summary')).toContainText('Confirm that you agree to the terms and conditions')
  await page.getByLabel('I agree to the terms and conditions').check()
  await page.getByRole('button', { name: 'Register' }).click()
  await ServicePage.verifyOnPage(page, 'Check your email')

  await page.goto(await emailedLink(page, email, 'Activate your account'))
  await ServicePage.verifyOnPage(page, /Set your password and security question/)
  await page.getByLabel('Password', { exact: true }).fill(account.password)
  await page.getByLabel('Repeat your password').fill(account.password)
  await page.getByLabel('Security question', { exact: true }).selectOption('What was the name of your first pet?')
  await page.getByLabel('Answer to your security question').fill(account.securityAnswer)
  await page.getByRole('button', { name: 'Activate account' }).click()
  await ServicePage.verifyOnPage(page, 'Your account is active')
  return account
}
