/**
 * axe with each dialog, prompt and menu of the workspace open, not only the pages behind them: the
 * "ready to work offline" prompt, the transmit confirmation, what Delete shows, the sign-out warning
 * and its second confirmation (opened offline with work not sent, as a person meets it), and the phone
 * menu with the language choice. No serious or critical violation, contrast and names included, and no
 * text the colour of its background (axe only lists that as "to review"). The
 * "Update available" prompt is checked in pwa-update.spec.ts, where a real new version makes it appear.
 */
import { expect, test } from '../fixtures.ts';
import { DraftEditorPage } from '../page-models/DraftEditorPage.ts';
import { DraftsListPage } from '../page-models/DraftsListPage.ts';
import { expectNoSeriousA11yViolations } from '../support/axe.ts';
import { waitForServiceWorkerControl } from '../support/offline.ts';

test.describe.configure({ timeout: 120_000 });

test('every workspace dialog and menu, open, passes axe', async ({ servers, signIn }, testInfo) => {
  const { page, context, accounts } = await servers.start({ seed: ['focalPointBen'] });
  const axe = (include?: string) => expectNoSeriousA11yViolations(page, { testInfo, include, equalColourText: true });

  await signIn(page, accounts.focalPointBen);
  await waitForServiceWorkerControl(page);
  // A first visit: the service worker has just installed, and the app says it can work offline.
  const offlineReady = page.getByRole('status').filter({ hasText: 'The app is ready to work offline.' });
  await expect(offlineReady).toBeVisible({ timeout: 20_000 });
  // The pointer on it keeps it (it leaves by itself otherwise: the test below) while axe looks.
  await offlineReady.getByText('The app is ready to work offline.').hover();
  await axe();
  await offlineReady.getByRole('button', { name: 'Close' }).click();

  await (await new DraftsListPage(page).goto()).create(`Dialogs ${Date.now()}`);
  const editor = new DraftEditorPage(page);
  await editor.expectLoaded();
  const card = await editor.addElementWith('obstacle', { Title: 'Immunity of serving officials' });
  await editor.addElementWith('event', { Title: 'Seminar for judges' });
  await editor.expectSaved();

  await editor.transmitPanel.getByRole('button', { name: 'Transmit…' }).click();
  await expect(editor.transmitPanel.getByRole('button', { name: 'Transmit now' })).toBeVisible();
  await axe();
  await editor.transmitPanel.getByRole('button', { name: 'Not yet' }).click();

  // Delete: a confirmation where there is one, else the Undo bar: either is checked open.
  await card.getByRole('button', { name: /^Delete/ }).click();
  const confirmDelete = page.getByRole('dialog');
  if (await confirmDelete.isVisible()) {
    await axe();
    await confirmDelete
      .getByRole('button', { name: /cancel|keep|no/i })
      .first()
      .click();
  } else {
    await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
    await axe();
  }

  // Offline with a change not sent: signing out warns first.
  await context.setOffline(true);
  await editor.addElementWith('strategy', { Title: 'National action plan' });
  await editor.expectSaved();
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  const warning = page.getByRole('dialog', { name: 'Changes not sent yet' });
  await expect(warning).toBeVisible();
  await axe();
  await warning.getByRole('button', { name: 'Sign out and delete them' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete the changes not sent yet?' });
  await expect(confirm).toBeVisible();
  await axe();
  await confirm.getByRole('button', { name: 'Go back' }).click();
  await warning.getByRole('button', { name: 'Stay signed in' }).click();
  await expect(warning).toBeHidden();

  // The phone menu, open, with the language choice in it.
  await page.setViewportSize({ width: 360, height: 640 });
  await page.getByRole('button', { name: 'Menu', exact: true }).click();
  await expect(page.getByLabel('Language').first()).toBeVisible();
  await axe();
});

test('"ready to work offline" leaves by itself, and stays while the pointer is on it', async ({ servers, signIn }) => {
  const { page, accounts } = await servers.start({ seed: ['focalPointBen'] });
  await signIn(page, accounts.focalPointBen);
  await waitForServiceWorkerControl(page);
  const offlineReady = page.getByRole('status').filter({ hasText: 'The app is ready to work offline.' });
  await expect(offlineReady).toBeVisible({ timeout: 20_000 });
  await offlineReady.getByText('The app is ready to work offline.').hover();
  // Longer than it stays untouched (12 s, UpdatePrompt.svelte): held, it is still there.
  await page.waitForTimeout(14_000);
  await expect(offlineReady).toBeVisible();
  await page.mouse.move(1, 1);
  await expect(offlineReady).toBeHidden({ timeout: 20_000 });
});
