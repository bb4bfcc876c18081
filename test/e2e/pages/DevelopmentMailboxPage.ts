import type { Page } from '@playwright/test'
import { ServicePage } from './ServicePage'

/** Where the service shows the email it would have sent, when it runs without GOV.UK Notify. */
export class DevelopmentMailboxPage extends ServicePage {
  static async open(page: Page, recipient: string): Promise<DevelopmentMailboxPage> {
    await page.goto(`/development/mailbox?to=${encodeURIComponent(recipient)}`)
    const mailbox = new DevelopmentMailboxPage(page)
    await mailbox.expectTitle('Development mailbox')
    return mailbox
  }

  /** The first link in the newest message with this subject; empty when there is none yet. */
  async linkIn(subject: string): Promise<string> {
    // By its subject alone: another email's body may name the same words ("Reset your password").
    const title = this.page.locator('.govuk-summary-card__title', { hasText: subject })
    const message = this.page.locator('.govuk-summary-card', { has: title }).first()
    // Waiting here for a message not yet sent would outlast the caller's own waiting and looking again.
    if (!(await message.isVisible())) return ''
    return (await message.locator('a').first().getAttribute('href'))!
  }
}
