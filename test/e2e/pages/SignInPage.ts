import type { Locator, Page } from '@playwright/test'
import { ServicePage } from './ServicePage'

/** The accounts service's sign-in page. */
export class SignInPage extends ServicePage {
  readonly email: Locator
  readonly password: Locator
  readonly signIn: Locator
  readonly errorSummary: Locator

  private constructor(page: Page) {
    super(page)
    this.email = page.getByLabel('Email address')
    this.password = page.getByLabel('Password', { exact: true })
    this.signIn = page.getByRole('button', { name: 'Sign in' })
    this.errorSummary = page.locator('.govuk-error-summary')
  }

  static override async verifyOnPage(page: Page): Promise<SignInPage> {
    const signInPage = new SignInPage(page)
    await signInPage.expectTitle('Sign in')
    return signInPage
  }

  async signInAs(email: string, password: string) {
    await this.email.fill(email)
    await this.password.fill(password)
    await this.signIn.click()
  }
}
