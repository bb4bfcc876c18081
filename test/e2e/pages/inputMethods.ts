/// <reference lib="dom" />
import { expect, type Locator, type Page } from '@playwright/test'

/** How a test works the controls of a page: with a pointer, or with the keyboard alone. */
export interface InputMethod {
  /** Selects this radio. */
  choose(radio: Locator): Promise<void>
  tick(checkbox: Locator): Promise<void>
  /** Replaces what the input holds with `text`. */
  type(input: Locator, text: string): Promise<void>
  /** Selects the option with this text. */
  select(select: Locator, option: string): Promise<void>
  /** Picks one of the matches a type-ahead list offers for what was typed. */
  pickMatch(option: Locator): Promise<void>
  /** Follows a link or presses a button, and waits for the page it leads to. */
  activate(control: Locator): Promise<void>
}

async function waitingForNextPage(page: Page, act: () => Promise<void>) {
  const loaded = page.waitForEvent('load')
  await act()
  await loaded
}

export const byPointer: InputMethod = {
  choose: radio => radio.check(),
  tick: checkbox => checkbox.check(),
  type: (input, text) => input.fill(text),
  select: async (select, option) => {
    await select.selectOption({ label: option })
  },
  pickMatch: option => option.click(),
  activate: control => waitingForNextPage(control.page(), () => control.click()),
}

// More Tab presses than any page of the service has stops: a control never reached is not reachable.
const MOST_TABS = 150

const isFocused = (control: Locator) => control.evaluate(element => element === document.activeElement)

/** Presses Tab until the control has focus, as someone without a mouse gets to it. */
async function tabTo(control: Locator, reached: () => Promise<boolean> = () => isFocused(control)) {
  for (let presses = 0; presses <= MOST_TABS; presses++) {
    if (await reached()) return
    await control.page().keyboard.press('Tab')
  }
  throw new Error(`Pressing Tab never reached ${control}`)
}

/** Only Tab, arrow keys, Space, Enter and typing: no pointer at all. */
export const byKeyboard: InputMethod = {
  async choose(radio) {
    const keyboard = radio.page().keyboard
    const group = radio.page().locator(`input[type="radio"][name="${await radio.getAttribute('name')}"]:visible`)
    // Tab lands on a radio group once, on its chosen radio or else its first; arrow keys move the choice.
    await tabTo(radio, () => group.evaluateAll(radios => radios.includes(document.activeElement as HTMLInputElement)))
    const focused = await group.evaluateAll(radios => radios.indexOf(document.activeElement as HTMLInputElement))
    const wanted = await group.evaluateAll(
      (radios, target) => radios.findIndex(candidate => candidate.id === target),
      await radio.getAttribute('id'),
    )
    if (wanted === focused) {
      if (!(await radio.isChecked())) await keyboard.press('Space')
    } else {
      for (let moves = 0; moves < Math.abs(wanted - focused); moves++)
        await keyboard.press(wanted > focused ? 'ArrowDown' : 'ArrowUp')
    }
    await expect(radio).toBeChecked()
    await expect(radio).toBeFocused()
  },
  async tick(checkbox) {
    await tabTo(checkbox)
    if (!(await checkbox.isChecked())) await checkbox.page().keyboard.press('Space')
    await expect(checkbox).toBeChecked()
  },
  async type(input, text) {
    const keyboard = input.page().keyboard
    await tabTo(input)
    await keyboard.press('ControlOrMeta+A')
    await keyboard.press('Delete')
    await keyboard.type(text)
    await expect(input).toHaveValue(text)
  },
  async select(select, option) {
    await tabTo(select)
    const [current, wanted] = await select.evaluate(
      (element: HTMLSelectElement, text) => [
        element.selectedIndex,
        [...element.options].findIndex(candidate => candidate.text === text),
      ],
      option,
    )
    if (wanted < 0) throw new Error(`${select} has no option ${option}`)
    for (let moves = 0; moves < Math.abs(wanted - current); moves++)
      await select.page().keyboard.press(wanted > current ? 'ArrowDown' : 'ArrowUp')
    await expect(select.locator('option:checked')).toHaveText(option)
  },
  async pickMatch(option) {
    // The matches are a list below the input: arrow keys go down it, Enter picks.
    for (let presses = 0; presses <= MOST_TABS && !(await isFocused(option)); presses++)
      await option.page().keyboard.press('ArrowDown')
    await option.page().keyboard.press('Enter')
  },
  async activate(control) {
    await tabTo(control)
    await waitingForNextPage(control.page(), () => control.page().keyboard.press('Enter'))
  },
}
