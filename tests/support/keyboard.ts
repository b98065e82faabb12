import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Moves focus with Tab (or Shift+Tab) until `target` has it, as a keyboard user does; fails after
 * `max` presses, so a focus trap or an unreachable control is a test failure, not a hang.
 */
export async function tabTo(page: Page, target: Locator, { backwards = false, max = 80 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target, `reachable with ${backwards ? 'Shift+Tab' : 'Tab'} in ${max} presses`).toBeFocused();
}
