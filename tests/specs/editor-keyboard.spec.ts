/**
 * Keyboard only: a focal point drafts three elements in three categories, marks one confidential and
 * transmits, without the mouse. Focus must always be where the next keystroke belongs: in the new
 * element's title after "+ Add an element", on the summary when the transmission is asked for, on the
 * outcome afterwards. Screenshots of the transmit summary at phone and laptop sizes are kept.
 */
import { join } from 'node:path';
import { expect, test } from '../fixtures.ts';
import { DraftEditorPage } from '../page-models/DraftEditorPage.ts';
import { DraftsListPage } from '../page-models/DraftsListPage.ts';
import { tabTo } from '../support/keyboard.ts';

const ARTEFACTS = join(import.meta.dirname, '..', 'artefacts');

test('keyboard only: three elements in three categories, one confidential, transmitted; focus follows', async ({ page, signIn, a11y }) => {
  test.setTimeout(120_000);
  await signIn(page, 'focalPointBen');
  const list = await new DraftsListPage(page).goto();
  const title = `Keyboard report ${Date.now()}`;

  await tabTo(page, list.newDraft);
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByLabel('Title of the submission'));
  await page.keyboard.type(title);
  await tabTo(page, page.getByRole('button', { name: 'Create the draft' }));
  await page.keyboard.press('Enter');
  const editor = new DraftEditorPage(page);
  await editor.expectLoaded();

  const elements = [
    { category: 'obstacle', title: 'Immunity of serving officials' },
    { category: 'event', title: 'Seminar for judges in Cotonou' },
    { category: 'legislation', title: 'Act 2026-14 on cooperation with the ICC' },
  ];
  for (const element of elements) {
    await tabTo(page, page.locator(`[data-add="${element.category}"]`));
    await page.keyboard.press('Enter');
    const card = editor.cards(element.category).first();
    await expect(editor.field(card, 'Title')).toBeFocused();
    await page.keyboard.type(element.title); // spaces go into the title, not onto the Add button
  }
  // The legislation is confidential: the box is just before its title.
  await page.keyboard.press('Shift+Tab');
  const confidentialBox = editor.cards('legislation').first().getByLabel('Confidential element: never published');
  await expect(confidentialBox).toBeFocused();
  await page.keyboard.press('Space');
  await expect(confidentialBox).toBeChecked();
  await editor.expectSaved();

  const start = editor.transmitPanel.getByRole('button', { name: 'Transmit…' });
  await tabTo(page, start, { backwards: true, max: 120 });
  await page.keyboard.press('Enter');
  const summary = editor.transmitPanel.getByTestId('transmit-summary');
  await expect(summary.getByRole('heading', { name: 'What you are about to transmit' })).toBeFocused();
  await expect(summary).toContainText('Obstacles');
  await expect(summary).toContainText('the public never does): 1 whole element; no field inside public elements.');
  await expect(summary).toContainText('No attached file.');
  await a11y();
  await summary.scrollIntoViewIfNeeded();
  await page.setViewportSize({ width: 1366, height: 768 });
  await editor.transmitPanel.screenshot({ path: join(ARTEFACTS, 'transmit-summary-1366x768.png') });
  await page.setViewportSize({ width: 360, height: 640 });
  await editor.transmitPanel.screenshot({ path: join(ARTEFACTS, 'transmit-summary-360x640.png') });
  await page.setViewportSize({ width: 1280, height: 720 });

  // "Not yet" returns focus to the trigger; then transmit for real.
  await tabTo(page, editor.transmitPanel.getByRole('button', { name: 'Not yet' }));
  await page.keyboard.press('Enter');
  await expect(start).toBeFocused();
  await page.keyboard.press('Enter');
  await tabTo(page, editor.transmitPanel.getByRole('button', { name: 'Transmit now' }));
  await page.keyboard.press('Enter');

  await editor.expectStatus('Transmitted');
  // The panel that held focus is gone: focus is on the notice saying what happened, not lost to the page.
  await expect(editor.readOnlyNotice).toBeFocused();
  for (const element of elements) await expect(editor.cards(element.category)).toHaveCount(1);
  await expect(page.locator('article[data-item-id]')).toHaveCount(3);
  await expect(editor.cards('legislation').first()).toContainText('Confidential');
});
