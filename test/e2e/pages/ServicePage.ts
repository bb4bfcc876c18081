import { expect, type Locator, type Page } from '@playwright/test'
import { expectAccessible } from '../fixtures'

/** What every page of the service has: one h1, the GOV.UK frame, and an accessibility scan. */
export class ServicePage {
  readonly heading: Locator
  readonly footer: Locator
  readonly phaseBanner: Locator

  protected constructor(readonly page: Page) {
    this.heading = page.locator('h1')
    this.footer = page.locator('footer')
    this.phaseBanner = page.locator('.govuk-phase-banner')
  }

  /** Checks the browser shows the page whose h1 is `title`, and that it is accessible. */
  static async verifyOnPage(page: Page, title: string | RegExp): Promise<ServicePage> {
    const servicePage = new ServicePage(page)
    await servicePage.expectTitle(title)
    return servicePage
  }

  protected async expectTitle(title: string | RegExp) {
    await expect(this.heading).toHaveText(title)
    await expect(this.page.getByRole('link', { name: 'Record and review patient safety events' })).toBeVisible()
    await expectAccessible(this.page)
  }
}
