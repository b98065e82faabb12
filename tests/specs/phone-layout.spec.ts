/**
 * The workspace on a 360 px phone: the sync box is one compact row above the page title, a long
 * narrative is edited in a box as tall as its text, a confidential field's frame stays inside its card,
 * and the dashboard names the reporting entity. Screenshots of the editor at 360×640 and 1366×768 are
 * kept under tests/artefacts/phone-layout/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../fixtures.ts';
import { DraftEditorPage } from '../page-models/DraftEditorPage.ts';
import { DraftsListPage } from '../page-models/DraftsListPage.ts';
import { SyncIndicator } from '../page-models/SyncIndicator.ts';

test.describe.configure({ timeout: 120_000 });
const ARTEFACTS = join(import.meta.dirname, '..', 'artefacts', 'phone-layout');
const LONG_TEXT = Array.from({ length: 20 }, (_, i) => `Paragraph ${i + 1}. `.padEnd(999, 'The act provides for cooperation. '))
  .join('\n')
  .padEnd(20_000, '.');

test('at 360 px: a compact sync box, the entity by name, a growing text box, a confidential frame inside its card', async ({
  page,
  signIn,
}) => {
  await signIn(page, 'focalPointBen');
  await page.setViewportSize({ width: 360, height: 640 });
  await expect(page.getByText('Reporting entity: Benin')).toBeVisible();
  const sync = new SyncIndicator(page);
  await sync.expectUpToDate(30_000);
  // One row (state, time, Sync now, Details): the page title is not pushed below a tall box.
  expect((await sync.root.boundingBox())!.height).toBeLessThanOrEqual(64);

  await (await new DraftsListPage(page).goto()).create(`Phone ${Date.now()}`);
  const editor = new DraftEditorPage(page);
  await editor.expectLoaded();
  const card = await editor.addElementWith('legislation', { Title: 'Act 2026-14 on cooperation with the ICC' });
  const description = editor.field(card, 'Description');
  const sixRows = (await description.boundingBox())!.height;
  await description.fill(LONG_TEXT);
  await editor.expectSaved();
  // The whole text is in the page: the box has no scroll of its own.
  const box = await description.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
  expect(box.scroll).toBeLessThanOrEqual(box.client + 2);
  expect((await description.boundingBox())!.height).toBeGreaterThan(10 * sixRows);

  await editor.markFieldConfidential(card, 'Title');
  const frame = card.locator('.field.confidential');
  const frameBox = (await frame.boundingBox())!;
  const cardBox = (await card.boundingBox())!;
  expect(frameBox.x + frameBox.width).toBeLessThanOrEqual(cardBox.x + cardBox.width);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  mkdirSync(ARTEFACTS, { recursive: true });
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(ARTEFACTS, 'editor-360x640.png') });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(ARTEFACTS, 'editor-top-360x640.png') });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: join(ARTEFACTS, 'editor-top-1366x768.png') });
  await card.locator('header').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(ARTEFACTS, 'editor-1366x768.png') });
});
