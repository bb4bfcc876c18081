import type { Page } from '@playwright/test'
import { DEMO_PASSWORD, demoAccounts } from '../../../seeds/demoAccounts'
import { expect } from '../fixtures'
import { EventPage } from '../pages/EventPage'
import { byPointer, type InputMethod } from '../pages/inputMethods'
import { RecordingPage } from '../pages/RecordingPage'
import { ServicePage } from '../pages/ServicePage'
import { SignInPage } from '../pages/SignInPage'

export const demoUser = demoAccounts[0]
export const demoOrganisation = 'Northmoor Health Centre (demo)'

export type EventTypeName = 'Incident' | 'Poor outcome' | 'Risk' | 'Good care'

/** A reference number as the service prints it: three groups of three unambiguous characters. */
export const referencePattern = /^[34679FHJKMNRWXY]{3}-[34679FHJKMNRWXY]{3}-[34679FHJKMNRWXY]{3}$/

/** Words no other test writes, so a record can be found again among everyone else's. */
export function uniqueWords(about: string): string {
  return `${about} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`
}

/** Counts the pages the browser loads from now on. */
export function countPages(page: Page): () => number {
  let count = 0
  page.on('load', () => count++)
  return () => count
}

/** From "Your account", finds one of the user's submitted events by its reference and opens it. */
export async function openSubmittedEvent(page: Page, reference: string, by: InputMethod = byPointer) {
  let events = await RecordingPage.verifyOnPage(page, 'Your account', by)
  await events.follow('Manage my event records')
  events = await RecordingPage.verifyOnPage(page, 'Your submitted events', by)
  await events.answer('Reference number or words', reference)
  await events.press('Search')
  events = await RecordingPage.verifyOnPage(page, 'Your submitted events', by)
  await expect(page.getByText('1 event found')).toBeVisible()
  await events.follow(reference)
  return EventPage.verifyOnPage(page, reference)
}

export async function signIn(page: Page, by: InputMethod = byPointer): Promise<void> {
  await page.goto('/sign-in')
  const signInPage = await SignInPage.verifyOnPage(page)
  await by.type(signInPage.email, demoUser.email)
  await by.type(signInPage.password, DEMO_PASSWORD)
  await by.activate(signInPage.signIn)
  await ServicePage.verifyOnPage(page, 'Your account')
}

/**
 * Answers the questions of a record in the fewest pages the service allows, on whichever page
 * the browser is on. Each step checks it is on the page it expects.
 */
export class Recorder {
  constructor(
    readonly page: Page,
    readonly by: InputMethod = byPointer,
    readonly organisation = demoOrganisation,
  ) {}

  on(title: string | RegExp): Promise<RecordingPage> {
    return RecordingPage.verifyOnPage(this.page, title, this.by)
  }

  /** From "Your account" to the first question of a new record. */
  async startFromAccount() {
    const account = await this.on('Your account')
    await account.follow('Record a patient safety event')
    const start = await this.on('Record a patient safety event')
    await start.press('Start a new record')
  }

  /** Recording anonymously, the organisation is found by searching for it. */
  async organisationBySearch(search: string) {
    let page = await this.on('Which organisation are you recording for?')
    await page.answer('Search by organisation name or ODS code', search)
    await page.press('Search')
    page = await this.on('Which organisation are you recording for?')
    await page.choose('Select the organisation', this.organisation)
    await page.continue()
  }

  async eventType(type: EventTypeName) {
    const page = await this.on('What are you recording?')
    await page.choose('What are you recording?', type)
    await page.continue()
  }

  async whenToday(type: EventTypeName) {
    const page = await this.on('When did it happen?')
    await page.choose('When did it happen?', 'Today')
    if (type !== 'Good care') await page.choose('What time did it happen?', 'Day shift')
    await page.continue()
  }

  async whereAtOwnOrganisation(type: EventTypeName) {
    const page = await this.on('Where did it happen?')
    await page.choose(`Did it happen at ${this.organisation}?`, 'Yes')
    if (type !== 'Good care') await page.choose('What kind of place was it?', 'General practice building')
    await page.continue()
  }

  /** Signed in at a GP practice, the service already knows the service area. */
  async services({ suggested }: { suggested: boolean }) {
    const page = await this.on('Which services were involved?')
    const gp = page.checkbox(
      'Which services were involved?',
      'GP including out-of-hours services and minor injury units',
    )
    if (suggested) await expect(gp).toBeChecked()
    else await page.by.tick(gp)
    await page.continue()
  }

  async whatHappened(description: string, title = 'What happened?') {
    const page = await this.on(title)
    await page.answer(title, description)
    await page.continue()
  }

  async whatWasGoingOn() {
    const page = await this.on('What was going on?')
    await page.choose('What part of care was under way when it happened?', 'Diagnosis or decision-making')
    await page.choose('When was the problem noticed?', 'During direct care or treatment')
    await page.continue()
  }

  async nothingInvolved() {
    const page = await this.on('What was involved?')
    await page.tick('What people or things were involved?', 'None of these')
    await page.continue()
    // The details of what people did are optional, so the task list can be passed straight through.
    const taskList = await this.on('Tell us more about what was involved')
    await taskList.continue()
  }

  async noSafetyChallenges() {
    const page = await this.on('Was it about any of these?')
    await page.tick('Was it about any of these?', 'None of the above')
    await page.continue()
  }

  async patientCount(count: number) {
    const page = await this.on('How many patients were involved?')
    await page.answer('How many patients were involved?', String(count))
    await page.continue()
  }

  async patient(number: number, { age = '54', gender = 'Female' } = {}) {
    const page = await this.on(`About patient ${number}`)
    await page.choose('How old were they?', 'One year old or more')
    await page.answer('Age in years', age)
    await page.choose('What is their gender?', gender)
    await page.select('What is their ethnic group?', "I don't know")
    await page.continue()
  }

  async harm(number: number, physical = 'No physical harm', psychological = 'No psychological harm') {
    const page = await this.on(`How was patient ${number} harmed?`)
    await page.choose('What physical harm did it cause?', physical)
    await page.choose('What psychological harm did it cause?', psychological)
    await page.continue()
  }

  async aboutYou(type: EventTypeName, { anonymous = false } = {}) {
    const askedForView = type === 'Incident' || type === 'Poor outcome'
    const page = await this.on(askedForView ? 'About you and your view' : 'About you')
    if (askedForView)
      await page.choose(
        'How concerned are you about this event, given what it could mean more widely?',
        'Not very concerned',
      )
    if (anonymous) {
      await page.choose('Who are you?', 'I am a member of staff')
      await page.choose('What is your role?', 'Nurse or midwife')
    } else {
      // The demo user registered as a nurse, so the service has answered this already.
      await expect(page.radio('What is your role?', 'Nurse or midwife')).toBeChecked()
    }
    if (type === 'Good care')
      await page.choose('How did it come to your attention?', 'I was helping provide the care when it happened')
    else await page.choose('How were you involved?', 'I was helping provide the care when it happened')
    await page.continue()
  }

  /** Submits from check your answers and returns the reference the confirmation gives. */
  async submit(): Promise<string> {
    const check = await this.on('Check your answers before submitting')
    await check.press('Submit')
    return this.confirmedReference()
  }

  async confirmedReference(): Promise<string> {
    await this.on('Event recorded')
    const reference = (await this.page.locator('.app-reference').textContent())!.trim()
    expect(reference).toMatch(referencePattern)
    return reference
  }

  /** A no-harm incident to one patient, from "What are you recording?" to the confirmation. */
  async incident(description: string): Promise<string> {
    await this.eventType('Incident')
    await this.whenToday('Incident')
    await this.whereAtOwnOrganisation('Incident')
    await this.services({ suggested: true })
    await this.whatHappened(description)
    await this.whatWasGoingOn()
    await this.nothingInvolved()
    await this.noSafetyChallenges()
    await this.patientCount(1)
    await this.patient(1)
    await this.harm(1)
    await this.aboutYou('Incident')
    return this.submit()
  }

  /** A poor outcome needs no patient details: it can be recorded before anyone is identified. */
  async poorOutcome(description: string): Promise<string> {
    await this.eventType('Poor outcome')
    await this.whenToday('Poor outcome')
    await this.whereAtOwnOrganisation('Poor outcome')
    await this.services({ suggested: true })
    await this.whatHappened(description)
    const outcome = await this.on('What kind of outcome was it?')
    await outcome.tick('What kind of outcome was it?', 'Unplanned reattendance or readmission')
    await outcome.choose('Is there cause to suspect a patient safety incident happened?', 'No')
    await outcome.continue()
    await this.patientCount(0)
    await this.aboutYou('Poor outcome')
    return this.submit()
  }

  async risk(description: string): Promise<string> {
    await this.eventType('Risk')
    await this.whatHappened(description, 'Describe the risk')
    const themes = await this.on('What is the risk about?')
    await themes.tick('What is the risk about?', 'Staffing, workload, capacity or capability of services')
    await themes.continue()
    const imminent = await this.on('Is the risk of death or severe harm imminent?')
    await imminent.choose('Is the risk of death or severe harm imminent?', 'No')
    await imminent.continue()
    const who = await this.on('Who could be affected?')
    await who.tick('Which services could be affected?', 'GP including out-of-hours services and minor injury units')
    await who.continue()
    const when = await this.on('When is harm most likely to happen?')
    await when.choose('When is harm most likely to happen?', 'Months')
    await when.continue()
    const where = await this.on('Where is the risk?')
    await where.choose('Where is the risk present?', 'My organisation')
    await where.choose('Where was the risk identified?', 'My organisation')
    await where.continue()
    await this.aboutYou('Risk')
    return this.submit()
  }

  async goodCare(description: string): Promise<string> {
    await this.eventType('Good care')
    await this.whenToday('Good care')
    await this.whereAtOwnOrganisation('Good care')
    await this.whatHappened(description)
    const learning = await this.on('What can others learn?')
    await learning.answer('How could this good care be repeated or shared?', 'Share the handover checklist')
    await learning.continue()
    await this.aboutYou('Good care')
    return this.submit()
  }
}
