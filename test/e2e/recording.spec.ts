import { DEMO_PASSWORD } from '../../seeds/demoAccounts'
import { expect, test } from './fixtures'
import {
  countPages,
  demoOrganisation,
  demoUser,
  openSubmittedEvent,
  Recorder,
  signIn,
  uniqueWords,
  type EventTypeName,
} from './journeys/recordEvent'
import { EventPage } from './pages/EventPage'
import { byKeyboard } from './pages/inputMethods'
import { answersUnder, RecordingPage } from './pages/RecordingPage'
import { SignInPage } from './pages/SignInPage'

// Anything over this many pages, from "What are you recording?" to the confirmation, is too long.
const MOST_PAGES_FOR_A_SIMPLE_RECORD = 15

/** Starts a new record from "Your account", records it, and notes how many pages that took. */
async function recordCountingPages(recorder: Recorder, type: EventTypeName, record: () => Promise<string>) {
  const account = await recorder.on('Your account')
  await account.follow('Record a patient safety event')
  const start = await recorder.on('Record a patient safety event')
  const pagesSince = countPages(recorder.page)
  await start.press('Start a new record')
  const reference = await record()
  const pages = pagesSince()
  test.info().annotations.push({ type: 'pages', description: `${type}: ${pages} pages, reference ${reference}` })
  return { reference, pages }
}

test('a signed-in user records a no-harm incident to one patient by keyboard alone, in at most 15 pages', async ({
  page,
}) => {
  test.slow()
  const recorder = new Recorder(page, byKeyboard)
  await signIn(page, byKeyboard)
  const { pages } = await recordCountingPages(recorder, 'Incident', () =>
    recorder.incident(uniqueWords('Wrong dose drawn up but noticed before it was given')),
  )
  expect(pages).toBeLessThanOrEqual(MOST_PAGES_FOR_A_SIMPLE_RECORD)
})

const otherTypes: [EventTypeName, (recorder: Recorder, description: string) => Promise<string>][] = [
  ['Poor outcome', (recorder, description) => recorder.poorOutcome(description)],
  ['Risk', (recorder, description) => recorder.risk(description)],
  ['Good care', (recorder, description) => recorder.goodCare(description)],
]

for (const [type, record] of otherTypes) {
  test(`a signed-in user records ${type.toLowerCase()} in at most 15 pages`, async ({ page }) => {
    test.slow()
    const recorder = new Recorder(page)
    await signIn(page)
    const { pages } = await recordCountingPages(recorder, type, () =>
      record(recorder, uniqueWords(`${type} recorded on the shortest path`)),
    )
    expect(pages).toBeLessThanOrEqual(MOST_PAGES_FOR_A_SIMPLE_RECORD)
  })
}

/** Signed in, an incident from the start to "What was involved?". */
async function incidentUpToWhatWasInvolved(recorder: Recorder, description: string) {
  await signIn(recorder.page)
  await recorder.startFromAccount()
  await recorder.eventType('Incident')
  await recorder.whenToday('Incident')
  await recorder.whereAtOwnOrganisation('Incident')
  await recorder.services({ suggested: true })
  await recorder.whatHappened(uniqueWords(description))
  await recorder.whatWasGoingOn()
}

test('each thing involved in an incident has all its questions asked from the task list, which shows it completed', async ({
  page,
}) => {
  test.slow()
  const recorder = new Recorder(page)
  await incidentUpToWhatWasInvolved(recorder, 'Infusion pump ran gentamicin too fast on the ward')
  const involved = await recorder.on('What was involved?')
  await involved.tick('What people or things were involved?', 'Medications', 'Devices')
  await involved.continue()

  let tasks = await recorder.on('Tell us more about what was involved')
  const medicinesStatus = page.locator('#involved-1-status')
  const devicesStatus = page.locator('#involved-2-status')
  await expect(medicinesStatus).toHaveText('Not yet started')
  await expect(devicesStatus).toHaveText('Not yet started')
  await tasks.follow('Medicines')
  const medicines = await recorder.on('Medicines involved')
  await medicines.answer('Which medicines were involved?', 'Gentamicin')
  await medicines.tick('What went wrong?', 'Too much medication was prescribed/dispensed/administered')
  await medicines.tick(
    'How was too much given?',
    'The medication was prescribed/dispensed/administered at too fast a rate',
  )
  await medicines.continue()
  // A task's questions are asked one after another before going back to the task list.
  const stage = await recorder.on('Where the medicine problem happened')
  await stage.tick('At which stage did it go wrong?', 'Administering')
  await stage.choose('Was the medicine given using a device, such as a pump?', 'Yes')
  await stage.tick('Should it be reported to the Yellow Card scheme?', 'None of the above')
  await stage.continue()

  tasks = await recorder.on('Tell us more about what was involved')
  await expect(medicinesStatus).toHaveText('Completed')
  await expect(devicesStatus).toHaveText('Not yet started')
  await tasks.follow('Devices')
  const device = await recorder.on('The device involved')
  await device.pickFromList(
    'What type of device was it?',
    'infusion',
    'Infusion pumps, syringe pumps and syringe drivers',
  )
  await device.answer('Manufacturer (optional)', 'Acme Medical')
  await device.answer('Model (optional)', 'AM-200')
  await device.continue()
  const deviceProblem = await recorder.on('What went wrong with the device')
  await deviceProblem.tick('What went wrong?', 'The device was used incorrectly')
  await deviceProblem.continue()

  tasks = await recorder.on('Tell us more about what was involved')
  await expect(medicinesStatus).toHaveText('Completed')
  await expect(devicesStatus).toHaveText('Completed')
  await tasks.continue()

  await recorder.noSafetyChallenges()
  await recorder.patientCount(1)
  await recorder.patient(1)
  await recorder.harm(1, 'Low physical harm')
  await recorder.aboutYou('Incident')
  const check = await recorder.on('Check your answers before submitting')
  await expect(check.answersUnder('Medicines')).toContainText('Gentamicin')
  await expect(check.answersUnder('Medicines')).toContainText('at too fast a rate')
  await expect(check.answersUnder('Medicines')).toContainText('Administering')
  await expect(check.answersUnder('Devices')).toContainText('Infusion pumps, syringe pumps and syringe drivers')
  await expect(check.answersUnder('Devices')).toContainText('The device was used incorrectly')
  await recorder.submit()
})

test('an incident with three patients, two of them harmed, asks about each and lists all three to check', async ({
  page,
}) => {
  test.slow()
  const recorder = new Recorder(page)
  await incidentUpToWhatWasInvolved(recorder, 'Three patients given the wrong diet sheet at lunch')
  await recorder.nothingInvolved()
  await recorder.noSafetyChallenges()
  await recorder.patientCount(3)
  await recorder.patient(1, { age: '81', gender: 'Female' })
  await recorder.harm(1, 'Moderate physical harm', 'Low psychological harm')
  await recorder.patient(2, { age: '67', gender: 'Male' })
  // Severe harm needs the recorder's view of how far the incident caused it.
  await recorder.harm(2, 'Severe physical harm', 'No psychological harm')
  const association = await recorder.on('Did the incident cause patient 2’s harm?')
  await association.choose('How far did the incident cause the harm?', 'The incident probably affected the outcome')
  await association.continue()
  await recorder.patient(3, { age: '45', gender: 'Female' })
  await recorder.harm(3)

  const patients = await recorder.on('You have added 3 patients')
  for (const number of [1, 2, 3]) await expect(page.getByText(`Patient ${number}`, { exact: true })).toBeVisible()
  await patients.choose('Do you need to add another patient?', 'No')
  await patients.continue()
  await recorder.aboutYou('Incident')

  const check = await recorder.on('Check your answers before submitting')
  await expect(check.answersUnder('Patient 1')).toContainText('81')
  await expect(check.answersUnder('Patient 1')).toContainText('Moderate physical harm')
  await expect(check.answersUnder('Patient 1')).not.toContainText('How far did the incident cause the harm?')
  await expect(check.answersUnder('Patient 2')).toContainText('67')
  await expect(check.answersUnder('Patient 2')).toContainText('Severe physical harm')
  await expect(check.answersUnder('Patient 2')).toContainText('The incident probably affected the outcome')
  await expect(check.answersUnder('Patient 3')).toContainText('45')
  await expect(check.answersUnder('Patient 3')).toContainText('No physical harm')
  await recorder.submit()
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('anyone records an incident anonymously for an organisation they search for, and prints its summary', async ({
    page,
  }) => {
    test.slow()
    await page.goto('/')
    const landing = await RecordingPage.verifyOnPage(page, 'Record and review patient safety events')
    await landing.follow('Record anonymously')
    const start = await RecordingPage.verifyOnPage(page, 'Record a patient safety event anonymously')
    await start.press('Start a new record')

    const why = await RecordingPage.verifyOnPage(page, 'Why are you recording anonymously?')
    await expect(why.saveButton).toHaveCount(0)
    // Without JavaScript a follow-up question shows whether or not its answer is chosen.
    await expect(why.field('Tell us why')).toBeVisible()
    await why.tick('Why are you recording anonymously?', 'To save time')
    await why.continue()

    const recorder = new Recorder(page)
    await recorder.organisationBySearch('Northmoor')
    await recorder.eventType('Incident')
    await recorder.whenToday('Incident')
    await recorder.whereAtOwnOrganisation('Incident')
    await recorder.services({ suggested: false })
    const description = uniqueWords('Patient given another patient’s tablets at lunchtime')
    await recorder.whatHappened(description)
    await recorder.whatWasGoingOn()
    await recorder.nothingInvolved()
    await recorder.noSafetyChallenges()
    await recorder.patientCount(1)
    await recorder.patient(1)
    await recorder.harm(1)
    await recorder.aboutYou('Incident', { anonymous: true })

    const check = await recorder.on('Check your answers before submitting')
    await expect(check.answersUnder('Recording')).toContainText(demoOrganisation)
    const reference = await recorder.submit()
    await expect(page.getByText('We have sent a confirmation email')).toHaveCount(0)

    const confirmation = await RecordingPage.verifyOnPage(page, 'Event recorded')
    await confirmation.follow('Print a summary of your record')
    await RecordingPage.verifyOnPage(page, reference)
    await expect(page.getByText('Summary of a patient safety event', { exact: true })).toBeVisible()
    await expect(answersUnder(page, 'What happened')).toContainText(description)
  })
})

test('a draft saved part way is found after signing out and in again, resumes at the first unanswered question, and is submitted', async ({
  page,
}) => {
  test.slow()
  const description = uniqueWords('Handover missed the new allergy')
  const recorder = new Recorder(page)
  await signIn(page)
  await recorder.startFromAccount()
  await recorder.eventType('Incident')
  await recorder.whenToday('Incident')
  await recorder.whereAtOwnOrganisation('Incident')
  await recorder.services({ suggested: true })
  await recorder.whatHappened(description)
  const process = await recorder.on('What was going on?')
  await process.choose('What part of care was under way when it happened?', 'Diagnosis or decision-making')
  await process.saveAndComeBackLater()

  const saved = await recorder.on('Your draft has been saved')
  await saved.by.activate(page.getByRole('main').getByRole('button', { name: 'Sign out' }))
  const signedOut = await RecordingPage.verifyOnPage(page, 'You have signed out')
  await signedOut.press('Sign in again')
  const signInPage = await SignInPage.verifyOnPage(page)
  await signInPage.signInAs(demoUser.email, DEMO_PASSWORD)

  const account = await recorder.on('Your account')
  await account.follow('Manage my event records')
  const submitted = await recorder.on('Your submitted events')
  await submitted.follow('Your draft events')
  let drafts = await recorder.on('Your draft events')
  await drafts.answer('Words in what happened', description)
  await drafts.press('Search')
  drafts = await recorder.on('Your draft events')
  await expect(page.getByText('1 draft found')).toBeVisible()
  await drafts.by.activate(page.getByRole('link', { name: /^Incident\b.*last saved/ }))

  const resumed = await recorder.on('What was going on?')
  await expect(
    resumed.radio('What part of care was under way when it happened?', 'Diagnosis or decision-making'),
  ).toBeChecked()
  await resumed.choose('When was the problem noticed?', 'During direct care or treatment')
  await resumed.continue()
  await recorder.nothingInvolved()
  await recorder.noSafetyChallenges()
  await recorder.patientCount(1)
  await recorder.patient(1)
  await recorder.harm(1)
  await recorder.aboutYou('Incident')
  const check = await recorder.on('Check your answers before submitting')
  await expect(check.answersUnder('What happened')).toContainText(description)
  await recorder.submit()

  await page.goto(`/events/drafts?words=${encodeURIComponent(description)}`)
  await recorder.on('Your draft events')
  await expect(page.getByRole('heading', { name: 'No drafts match your search' })).toBeVisible()
})

test('an update to a submitted event is saved as version 2, keeping version 1', async ({ page }) => {
  test.slow()
  const recorder = new Recorder(page)
  await signIn(page)
  await recorder.startFromAccount()
  const reference = await recorder.goodCare(uniqueWords('Pharmacist spotted a duplicate prescription'))
  const confirmation = await recorder.on('Event recorded')
  await confirmation.follow('Go to your account')

  let event = await openSubmittedEvent(page, reference)
  await expect(event.version).toHaveText('1')
  await event.updateButton.click()
  let check = await recorder.on('Check your changes before saving')
  await check.follow('Change what happened?')
  const whatHappened = await recorder.on('What happened?')
  const corrected = uniqueWords('Pharmacist spotted a duplicate prescription and called the surgery')
  await whatHappened.answer('What happened?', corrected)
  await whatHappened.continue()
  check = await recorder.on('Check your changes before saving')
  await expect(check.answersUnder('What happened')).toContainText(corrected)
  await check.press('Save changes')

  event = await EventPage.verifyOnPage(page, reference)
  await expect(event.successBanner).toContainText('Your changes have been saved as version 2')
  await expect(event.version).toHaveText('2')
  await expect(event.answersUnder('What happened')).toContainText(corrected)
  await expect(event.versions).toHaveCount(2)
  await expect(event.versions.nth(0)).toContainText('Version 2')
  await expect(event.versions.nth(0)).toContainText('What happened?')
  await expect(event.versions.nth(1)).toContainText('Version 1')
  await expect(event.versions.nth(1)).toContainText('First recorded')
})

test('an update saved over someone else’s shows both versions, and keeping it saves version 3', async ({
  page,
  browser,
}) => {
  test.slow()
  const recorder = new Recorder(page)
  await signIn(page)
  await recorder.startFromAccount()
  const reference = await recorder.goodCare(uniqueWords('Night team escalated sepsis early'))
  const eventUrl = (await page.getByRole('link', { name: 'View or update your record' }).getAttribute('href'))!

  // The same person in a second browser, say on another computer.
  const elsewhere = await browser.newContext()
  const otherPage = await elsewhere.newPage()
  try {
    await signIn(otherPage)

    await page.goto(eventUrl)
    const first = await EventPage.verifyOnPage(page, reference)
    await first.updateButton.click()
    let check = await recorder.on('Check your changes before saving')

    await otherPage.goto(eventUrl)
    const second = await EventPage.verifyOnPage(otherPage, reference)
    await second.updateButton.click()
    const otherRecorder = new Recorder(otherPage)
    let otherCheck = await otherRecorder.on('Check your changes before saving')

    const firstChange = uniqueWords('Night team escalated sepsis within the hour')
    await check.follow('Change what happened?')
    const whatHappened = await recorder.on('What happened?')
    await whatHappened.answer('What happened?', firstChange)
    await whatHappened.continue()
    check = await recorder.on('Check your changes before saving')
    await check.press('Save changes')
    await expect((await EventPage.verifyOnPage(page, reference)).version).toHaveText('2')

    const secondChange = uniqueWords('Use the sepsis huddle on every ward')
    await otherCheck.follow('Change how could this good care be repeated or shared?')
    const learning = await otherRecorder.on('What can others learn?')
    await learning.answer('How could this good care be repeated or shared?', secondChange)
    await learning.continue()
    otherCheck = await otherRecorder.on('Check your changes before saving')
    await otherCheck.press('Save changes')

    const conflict = await otherRecorder.on('This event was changed while you were updating it')
    const differences = otherPage.getByRole('table', { name: 'Answers that differ' })
    await expect(differences.getByRole('columnheader', { name: 'Saved version 2' })).toBeVisible()
    await expect(differences.getByRole('columnheader', { name: 'Your changes' })).toBeVisible()
    // Only what this person changed differs: the other change is kept whichever is chosen.
    await expect(differences).toContainText(secondChange)
    await expect(differences).not.toContainText(firstChange)
    await conflict.choose('Which version do you want to keep?', 'Keep my changes')
    await conflict.continue()

    otherCheck = await otherRecorder.on('Check your changes before saving')
    await otherCheck.press('Save changes')
    const saved = await EventPage.verifyOnPage(otherPage, reference)
    await expect(saved.successBanner).toContainText('Your changes have been saved as version 3')
    await expect(saved.version).toHaveText('3')
    await expect(saved.versions).toHaveCount(3)
    await expect(saved.answersUnder('What others can learn')).toContainText(secondChange)
    await expect(saved.answersUnder('What happened')).toContainText(firstChange)
  } finally {
    await elsewhere.close()
  }
})

test('a date that does not exist, or is in the future, is explained and what was typed is kept', async ({ page }) => {
  const recorder = new Recorder(page)
  await signIn(page)
  await recorder.startFromAccount()
  await recorder.eventType('Incident')

  let when = await recorder.on('When did it happen?')
  await when.choose('When did it happen?', 'On a date I know')
  await when.enterDate('Date it happened', '31', '2', '2026')
  await when.choose('What time did it happen?', 'Day shift')
  await when.continue()

  when = await recorder.on('When did it happen?')
  const date = when.question('Date it happened')
  await expect(when.errorSummary).toContainText('The date it happened must be a real date')
  await expect(date.locator('.govuk-error-message')).toContainText('The date it happened must be a real date')
  await expect(when.radio('When did it happen?', 'On a date I know')).toBeChecked()
  await expect(date.getByLabel('Day', { exact: true })).toHaveValue('31')
  await expect(date.getByLabel('Month', { exact: true })).toHaveValue('2')
  await expect(date.getByLabel('Year', { exact: true })).toHaveValue('2026')
  await expect(when.radio('What time did it happen?', 'Day shift')).toBeChecked()

  const nextYear = String(new Date().getFullYear() + 1)
  await when.enterDate('Date it happened', '1', '3', nextYear)
  await when.continue()
  when = await recorder.on('When did it happen?')
  await expect(when.errorSummary).toContainText('The date it happened must be today or in the past')
  await expect(when.errorSummary).not.toContainText('must be a real date')
  await expect(date.getByLabel('Year', { exact: true })).toHaveValue(nextYear)

  await when.enterDate('Date it happened', '2', '1', String(new Date().getFullYear() - 1))
  await when.continue()
  await recorder.on('Where did it happen?')
})
