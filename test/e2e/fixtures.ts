import AxeBuilder from '@axe-core/playwright'
import { expect, test as base, type BrowserContext, type Page } from '@playwright/test'

type Result = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number]
type NodeResult = Result['nodes'][number]

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/**
 * GOV.UK Frontend marks a radio that reveals a further question with aria-expanded, which ARIA
 * allows on checkboxes but not radios. The Design System keeps it on purpose, because screen readers
 * announce it (alphagov/govuk-frontend#979, w3c/aria#1404), so only that attribute on those radios
 * is let through.
 */
function isFrontendRevealingRadio(rule: string, node: NodeResult): boolean {
  const attributes = node.all.flatMap(check => (check.data as { values?: string[] } | null)?.values ?? [''])
  return (
    rule === 'aria-allowed-attr' &&
    /^<input class="govuk-radios__input"[^>]* type="radio"[^>]* aria-controls="conditional-/.test(node.html) &&
    node.any.length === 0 &&
    node.none.length === 0 &&
    attributes.every(attribute => attribute.startsWith('aria-expanded='))
  )
}

const withoutKnownFrontendIssues = (violation: Result): Result => ({
  ...violation,
  nodes: violation.nodes.filter(node => !isFrontendRevealingRadio(violation.id, node)),
})

const scan = (page: Page) => new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()

/**
 * Axe runs in the page, which it cannot do where a test turns JavaScript off. There the page's HTML,
 * without its scripts, is scanned in a browser that can run axe: the page as people without
 * JavaScript get it, styles and all.
 */
async function analyse(page: Page) {
  const scanner = scannersWithJavaScript.get(page)
  if (!scanner) return scan(page)
  const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, '')
  const copy = await scanner.newPage()
  try {
    await copy.route(
      url => url.href === page.url(),
      route => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
    )
    await copy.goto(page.url())
    return await scan(copy)
  } finally {
    await copy.close()
  }
}

const scannersWithJavaScript = new WeakMap<Page, BrowserContext>()

/** Runs axe over the page as it is now; any WCAG 2.2 AA violation fails the test. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await analyse(page)
  const violations = results.violations
    .map(withoutKnownFrontendIssues)
    .filter(v => v.nodes.length)
    .map(v => `${v.id}: ${v.help} (${v.nodes.map(n => n.target).join(', ')})`)
  expect(violations, `accessibility violations on ${page.url()}`).toEqual([])
  scanned.get(page)?.add(withoutHash(page.url()))
}

const scanned = new WeakMap<Page, Set<string>>()
const withoutHash = (url: string) => url.split('#')[0]!

/**
 * The page fixture remembers every address the browser lands on; a test that visits a page without
 * checking its accessibility fails.
 */
export const test = base.extend<{ page: Page }>({
  page: async ({ page, browser, javaScriptEnabled }, use) => {
    // Contexts a test opens take its options, JavaScript off included, unless told otherwise.
    const scanner = javaScriptEnabled ? undefined : await browser.newContext({ javaScriptEnabled: true })
    if (scanner) scannersWithJavaScript.set(page, scanner)
    const visited = new Set<string>()
    scanned.set(page, new Set())
    page.on('framenavigated', frame => {
      if (frame === page.mainFrame()) visited.add(withoutHash(frame.url()))
    })
    await use(page)
    const unscanned = [...visited].filter(url => !scanned.get(page)?.has(url))
    await scanner?.close()
    expect(unscanned, 'pages visited without an accessibility scan').toEqual([])
  },
})

export { expect }
