import type { Locator, Page } from '@playwright/test'
import { ServicePage } from './ServicePage'

export class FeedbackPage extends ServicePage {
  readonly improvements: Locator
  readonly send: Locator
  readonly errorSummary: Locator

  private constructor(page: Page) {
    super(page)
    this.improvements = page.getByLabel('How could we improve this service? (optional)')
    this.send = page.getByRole('button', { name: 'Send feedback' })
    this.errorSummary = page.locator('.govuk-error-summary')
  }

  static override async verifyOnPage(page: Page): Promise<FeedbackPage> {
    const feedbackPage = new FeedbackPage(page)
    await feedbackPage.expectTitle('Give feedback on this service')
    return feedbackPage
  }

  choose(satisfaction: string) {
    return this.page.getByLabel(satisfaction, { exact: true }).check()
  }
}
