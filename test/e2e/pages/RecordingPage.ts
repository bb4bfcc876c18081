import type { Locator, Page } from '@playwright/test'
import { byPointer, type InputMethod } from './inputMethods'
import { ServicePage } from './ServicePage'

/** The answers listed under a heading of check your answers or an event's summary. */
export function answersUnder(page: Page, heading: string): Locator {
  return page.getByRole('heading', { name: heading, exact: true }).locator('xpath=following-sibling::dl[1]')
}

/** A page on the way to recording an event, or after it, worked with a pointer or by keyboard alone. */
export class RecordingPage extends ServicePage {
  readonly errorSummary: Locator
  readonly continueButton: Locator
  readonly saveButton: Locator

  private constructor(
    page: Page,
    readonly by: InputMethod,
  ) {
    super(page)
    this.errorSummary = page.locator('.govuk-error-summary')
    this.continueButton = page.getByRole('button', { name: 'Continue', exact: true })
    this.saveButton = page.getByRole('button', { name: 'Save and come back later' })
  }

  static override async verifyOnPage(
    page: Page,
    title: string | RegExp,
    by: InputMethod = byPointer,
  ): Promise<RecordingPage> {
    const recordingPage = new RecordingPage(page, by)
    await recordingPage.expectTitle(title)
    return recordingPage
  }

  /** A question asked with radios, checkboxes or a date: a fieldset named by its legend. */
  question(legend: string | RegExp): Locator {
    return this.page.getByRole('group', { name: legend, exact: true })
  }

  radio(legend: string | RegExp, option: string): Locator {
    return this.question(legend).getByRole('radio', { name: option, exact: true })
  }

  checkbox(legend: string | RegExp, option: string): Locator {
    return this.question(legend).getByRole('checkbox', { name: option, exact: true })
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true })
  }

  choose(legend: string | RegExp, option: string) {
    return this.by.choose(this.radio(legend, option))
  }

  async tick(legend: string | RegExp, ...options: string[]) {
    for (const option of options) await this.by.tick(this.checkbox(legend, option))
  }

  answer(label: string, text: string) {
    return this.by.type(this.field(label), text)
  }

  select(label: string, option: string) {
    return this.by.select(this.field(label), option)
  }

  /** Types into a long list that offers matches as you type, and picks one of them. */
  async pickFromList(label: string, typed: string, option: string) {
    await this.by.type(this.field(label), typed)
    await this.by.pickMatch(this.page.getByRole('option', { name: option, exact: true }))
  }

  answersUnder(heading: string): Locator {
    return answersUnder(this.page, heading)
  }

  async enterDate(legend: string, day: string, month: string, year: string) {
    const date = this.question(legend)
    await this.by.type(date.getByLabel('Day', { exact: true }), day)
    await this.by.type(date.getByLabel('Month', { exact: true }), month)
    await this.by.type(date.getByLabel('Year', { exact: true }), year)
  }

  continue() {
    return this.by.activate(this.continueButton)
  }

  saveAndComeBackLater() {
    return this.by.activate(this.saveButton)
  }

  follow(link: string) {
    return this.by.activate(this.page.getByRole('link', { name: link, exact: true }))
  }

  press(button: string) {
    return this.by.activate(this.page.getByRole('button', { name: button, exact: true }))
  }
}
