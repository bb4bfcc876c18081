import { expect, test } from './fixtures'
import { FeedbackPage } from './pages/FeedbackPage'
import { ServicePage } from './pages/ServicePage'

test('giving feedback from the phase banner, fixing a mistake on the way', async ({ page }) => {
  await page.goto('/faq')
  await ServicePage.verifyOnPage(page, 'FAQ')
  await page.locator('.govuk-phase-banner').getByRole('link', { name: 'give your feedback' }).click()

  const feedback = await FeedbackPage.verifyOnPage(page)
  await feedback.improvements.fill('Make the harm questions shorter')
  await feedback.send.click()

  const withErrors = await FeedbackPage.verifyOnPage(page)
  await expect(page).toHaveTitle(/^Error: /)
  await expect(withErrors.errorSummary).toContainText('Select how you feel about the service')
  await expect(withErrors.improvements).toHaveValue('Make the harm questions shorter')

  await withErrors.errorSummary.getByRole('link', { name: 'Select how you feel about the service' }).click()
  await withErrors.choose('Satisfied')
  await withErrors.send.click()

  await ServicePage.verifyOnPage(page, 'Feedback sent')
  await page.getByRole('link', { name: 'Return to where you were' }).click()
  await ServicePage.verifyOnPage(page, 'FAQ')
})

test('giving feedback works without JavaScript', async ({ browser }) => {
  // Axe needs JavaScript, so this journey is checked for behaviour; the same pages are scanned above.
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  try {
    await page.goto('/feedback')
    await page.getByRole('button', { name: 'Send feedback' }).click()
    await expect(page.locator('.govuk-error-summary')).toContainText('Select how you feel about the service')
    await page.getByLabel('Very dissatisfied').check()
    await page.getByRole('button', { name: 'Send feedback' }).click()
    await expect(page.locator('h1')).toHaveText('Feedback sent')
  } finally {
    await context.close()
  }
})
