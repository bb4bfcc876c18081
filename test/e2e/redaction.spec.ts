import { expect, test } from './fixtures'
import { Recorder, signIn, uniqueWords } from './journeys/recordEvent'

test('before submitting, the recorder sees what others will see of their words and hides one more', async ({
  page,
}) => {
  test.slow()
  const recorder = new Recorder(page)
  await signIn(page)
  await recorder.startFromAccount()
  await recorder.eventType('Good care')
  await recorder.whenToday('Good care')
  await recorder.whereAtOwnOrganisation('Good care')
  const marker = uniqueWords('Handover')
  await recorder.whatHappened(
    `${marker}: Sister Maria Lopez stayed late to settle Mr Arthur Penrose (NHS number 943 476 5919), known on the ward as Tiger.`,
  )
  const learning = await recorder.on('What can others learn?')
  await learning.answer('How could this good care be repeated or shared?', 'Share the handover checklist')
  await learning.continue()
  await recorder.aboutYou('Good care')

  let check = await recorder.on('Check your answers before submitting')
  const othersSee = page.locator('#what-others-will-see + p + dl')
  await expect(othersSee).toContainText('Sister [name] stayed late to settle Mr [name] (NHS number [NHS number])')
  await expect(othersSee).toContainText('known on the ward as Tiger.')
  await expect(othersSee).not.toContainText('Penrose')
  await check.follow('hide more words')

  let hide = await recorder.on('Hide more words from others')
  await hide.press('Hide these words')
  hide = await recorder.on('Hide more words from others')
  await expect(hide.errorSummary).toContainText('Enter the words or names you want to hide')
  await hide.answer('Words or names to hide', 'Tiger')
  await hide.press('Hide these words')

  check = await recorder.on('Check your answers before submitting')
  await expect(othersSee).toContainText('known on the ward as [redacted].')
  // The recorder's own answers stay as they typed them.
  await expect(check.answersUnder('What happened')).toContainText('Mr Arthur Penrose')
  await recorder.submit()
})
