import type { Locator, Page } from '@playwright/test'
import { answersUnder } from './RecordingPage'
import { ServicePage } from './ServicePage'

/** A submitted event, as the person who recorded it sees it. */
export class EventPage extends ServicePage {
  readonly version: Locator
  /** The rows of the versions table, newest first. */
  readonly versions: Locator
  readonly successBanner: Locator
  readonly updateButton: Locator

  private constructor(page: Page) {
    super(page)
    this.version = page
      .locator('.govuk-summary-list__row')
      .filter({ has: page.locator('dt', { hasText: /^\s*Version\s*$/ }) })
      .locator('dd')
    this.versions = page.getByRole('table').locator('tbody tr')
    this.successBanner = page.locator('.govuk-notification-banner--success')
    this.updateButton = page.getByRole('button', { name: 'Update this event' })
  }

  static override async verifyOnPage(page: Page, reference: string): Promise<EventPage> {
    const eventPage = new EventPage(page)
    await eventPage.expectTitle(reference)
    return eventPage
  }

  answersUnder(heading: string): Locator {
    return answersUnder(this.page, heading)
  }
}
