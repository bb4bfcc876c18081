import AxeBuilder from '@axe-core/playwright'
import { expect, test as base, type Page } from '@playwright/test'

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** Runs axe over the page as it is now; any WCAG 2.2 AA violation fails the test. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()
  const violations = results.violations.map(v => `${v.id}: ${v.help} (${v.nodes.map(n => n.target).join(', ')})`)
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
  page: async ({ page }, use) => {
    const visited = new Set<string>()
    scanned.set(page, new Set())
    page.on('framenavigated', frame => {
      if (frame === page.mainFrame()) visited.add(withoutHash(frame.url()))
    })
    await use(page)
    const unscanned = [...visited].filter(url => !scanned.get(page)?.has(url))
    expect(unscanned, 'pages visited without an accessibility scan').toEqual([])
  },
})

export { expect }
