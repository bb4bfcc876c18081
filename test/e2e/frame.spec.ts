import { expect, test } from './fixtures'
import { ServicePage } from './pages/ServicePage'

const footerPages = [
  ['Cookies', 'Cookies'],
  ['Accessibility statement', 'Accessibility statement'],
  ['Terms and conditions', 'Terms and conditions'],
  ['Contact the helpdesk', 'Contact the helpdesk'],
  ['Standard access user guide', 'Standard access user guide'],
  ['Enhanced access user guide', 'Enhanced access user guide'],
  ['FAQ', 'FAQ'],
] as const

test('the landing page says what the service is for and what to know before starting', async ({ page }) => {
  await page.goto('/')
  const landing = await ServicePage.verifyOnPage(page, 'Record and review patient safety events')
  await expect(landing.phaseBanner).toContainText('Beta')
  await expect(page.getByRole('heading', { name: 'Before you start' })).toBeVisible()
})

for (const [link, title] of footerPages) {
  test(`the footer's "${link}" link opens a page of its own`, async ({ page }) => {
    await page.goto('/')
    await ServicePage.verifyOnPage(page, 'Record and review patient safety events')
    await page.locator('footer').getByRole('link', { name: link, exact: true }).click()
    await ServicePage.verifyOnPage(page, title)
  })
}

test('the guides’ contents lists lead to their sections', async ({ page }) => {
  await page.goto('/guides/standard-access')
  await ServicePage.verifyOnPage(page, 'Standard access user guide')
  const contents = page.locator('main a[href^="#"]')
  const count = await contents.count()
  expect(count).toBeGreaterThan(2)
  for (let i = 0; i < count; i++) {
    const target = await contents.nth(i).getAttribute('href')
    await expect(page.locator(target!)).toHaveCount(1)
  }
})

test('an address that does not exist shows "Page not found" with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page')
  expect(response?.status()).toBe(404)
  await ServicePage.verifyOnPage(page, 'Page not found')
  await page.getByRole('link', { name: 'Go to the start page' }).click()
  await ServicePage.verifyOnPage(page, 'Record and review patient safety events')
})

test('pages print without navigation, banners or footer', async ({ page }) => {
  await page.goto('/faq')
  await ServicePage.verifyOnPage(page, 'FAQ')
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.govuk-footer')).toBeHidden()
  await expect(page.locator('.govuk-phase-banner')).toBeHidden()
  await expect(page.locator('h1')).toBeVisible()
})

test('the development mailbox says that no real email is sent', async ({ page }) => {
  await page.goto('/development/mailbox')
  await ServicePage.verifyOnPage(page, 'Development mailbox')
  await expect(page.getByText('This service is not sending real email')).toBeVisible()
})
