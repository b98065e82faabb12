/**
 * What signing out and a deactivated account leave on the device: nothing of
 * the user after signing out (offline too), a warning with "Export my drafts" before unsent changes go,
 * another account never sees the previous one's drafts, and a deactivated account's data is removed at
 * the next sync with an explanation on /signin. Each test runs its own server: drafts and a deactivation
 * must not touch the shared accounts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { request as playwrightRequest, type Page } from '@playwright/test';
import { expect, test } from '../fixtures.ts';
import { DraftEditorPage } from '../page-models/DraftEditorPage.ts';
import { DraftsListPage } from '../page-models/DraftsListPage.ts';
import { waitForServiceWorkerControl } from '../support/offline.ts';

test.describe.configure({ timeout: 120_000 });

/** Row counts of every table of the app's IndexedDB database; null when the database does not exist. */
async function localTables(page: Page): Promise<Record<string, number> | null> {
  return page.evaluate(async () => {
    const known = await indexedDB.databases();
    if (!known.some((d) => d.name === 'clearinghouse')) return null;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('clearinghouse');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    try {
      const counts: Record<string, number> = {};
      for (const name of Array.from(db.objectStoreNames)) {
        counts[name] = await new Promise<number>((resolve, reject) => {
          const req = db.transaction(name).objectStore(name).count();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
      }
      return counts;
    } finally {
      db.close();
    }
  });
}

const isEmpty = (tables: Record<string, number> | null) => tables === null || Object.values(tables).every((n) => n === 0);

async function waitUntilSynced(page: Page) {
  await expect.poll(async () => (await localTables(page))?.outbox ?? -1, { timeout: 30_000 }).toBe(0);
}

test('signing out offline with nothing pending leaves no local data, even after a reload', async ({ servers, signIn }) => {
  const { page, context, accounts } = await servers.start();
  const title = `Synced draft ${Date.now()}`;
  await signIn(page, accounts.focalPointBen);
  await waitForServiceWorkerControl(page);
  await (await new DraftsListPage(page).goto()).create(title);
  await waitUntilSynced(page);
  expect((await localTables(page))?.submissions).toBe(1);
  await page.evaluate(() => localStorage.setItem('clearinghouse.monitoring', '{"figures":{}}'));

  await context.setOffline(true);
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();

  expect(isEmpty(await localTables(page)), JSON.stringify(await localTables(page))).toBe(true);
  const storage = await page.evaluate(() => ({ ...localStorage }));
  expect(storage['clearinghouse.session.user']).toBeUndefined();
  expect(storage['clearinghouse.monitoring']).toBeUndefined();
  expect(storage['clearinghouse.session.logout-pending']).toBe('1'); // the server is told once online
});

test('unsent changes: a warning with "Export my drafts"; cancel keeps everything; kept work stays hidden from another account', async ({
  servers,
  signIn,
}) => {
  const { page, context, accounts } = await servers.start();
  const title = `Unsent draft ${Date.now()}`;
  await signIn(page, accounts.focalPointBen);
  await waitForServiceWorkerControl(page);
  await new DraftsListPage(page).goto(); // online once: reference data
  await context.setOffline(true);
  await (await new DraftsListPage(page).goto()).create(title);
  const before = await localTables(page);
  expect(before?.outbox).toBeGreaterThan(0);

  const signOut = page.getByRole('button', { name: 'Sign out', exact: true });
  await signOut.click();
  const dialog = page.getByRole('dialog', { name: 'Changes not sent yet' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('not reached the server yet');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export my drafts' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.json$/);
  await expect(dialog.getByRole('status').first()).toContainText('1 draft exported');

  await dialog.getByRole('button', { name: 'Stay signed in' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(accounts.focalPointBen.email).first()).toBeVisible();
  expect(await localTables(page)).toEqual(before);

  // Delete asks a second time; going back and choosing the default keeps the work, locked to this account.
  await signOut.click();
  await dialog.getByRole('button', { name: 'Sign out and delete them' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete the changes not sent yet?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Go back' }).click();
  await dialog.getByRole('button', { name: 'Sign out and keep them on this device' }).click();
  await expect(page).toHaveURL(/\/signin/);
  const kept = await localTables(page);
  expect(kept?.outbox).toBe(before?.outbox);
  expect(kept?.submissions).toBe(1);

  // Another account on the same browser sees none of it.
  await context.setOffline(false);
  await signIn(page, accounts.focalPointCpv);
  await new DraftsListPage(page).goto();
  await expect(page.getByText('The data on this device belongs to another account')).toBeVisible();
  await expect(page.getByText(title)).toHaveCount(0);
});

test('exporting at sign-out locks a file that holds confidential parts with a passphrase', async ({ servers, signIn }) => {
  const { page, context, accounts } = await servers.start();
  await signIn(page, accounts.focalPointBen);
  await waitForServiceWorkerControl(page);
  await new DraftsListPage(page).goto();
  await context.setOffline(true);
  await (await new DraftsListPage(page).goto()).create(`Unsent draft ${Date.now()}`);
  const editor = new DraftEditorPage(page);
  await editor.expectLoaded();
  const card = await editor.addElementWith('obstacle', { Title: 'SECRET-consultations' });
  await editor.markElementConfidential(card);
  await editor.expectSaved();

  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Changes not sent yet' });
  await expect(dialog).toContainText('locked with a passphrase');
  await dialog.getByRole('button', { name: 'Export my drafts' }).click();
  await expect(dialog.getByRole('alert')).toContainText('at least 8 characters');
  await dialog.getByLabel('Passphrase for the file').fill('correct horse battery');
  await dialog.getByLabel('The passphrase again').fill('correct horse battery');
  await dialog.screenshot({ path: join(import.meta.dirname, '..', 'artefacts', 'sign-out-passphrase.png') });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export my drafts' }).click();
  const text = readFileSync(await (await download).path(), 'utf8');
  expect(text).toContain('clearinghouse-drafts-encrypted');
  expect(text).not.toContain('SECRET-consultations');
  await expect(dialog.getByRole('status').first()).toContainText('locked with your passphrase');
  await dialog.getByRole('button', { name: 'Stay signed in' }).click();
});

test('a deactivated account: the device removes its data at the next sync and /signin explains', async ({ servers, signIn }) => {
  const { page, server, accounts } = await servers.start();
  await signIn(page, accounts.focalPointBen);
  await (await new DraftsListPage(page).goto()).create(`Draft ${Date.now()}`);
  await waitUntilSynced(page);
  expect((await localTables(page))?.submissions).toBe(1);

  const origin = new URL(server.baseURL).origin;
  const secretariat = await playwrightRequest.newContext({ baseURL: server.baseURL, extraHTTPHeaders: { origin } });
  try {
    const login = await secretariat.post('/api/auth/login', {
      data: { email: accounts.secretariat.email, password: accounts.secretariat.password },
    });
    expect(login.status()).toBe(200);
    const users = (await (await secretariat.get('/api/users')).json()) as { items: { id: string; email: string }[] };
    const ben = users.items.find((u) => u.email === accounts.focalPointBen.email);
    expect(ben).toBeDefined();
    expect((await secretariat.post(`/api/users/${ben!.id}/deactivate`)).status()).toBe(200);
  } finally {
    await secretariat.dispose();
  }

  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page).toHaveURL(/\/signin/);
  const notice = 'This account has been deactivated, and its data has been removed from this device.';
  await expect(page.getByText(notice)).toBeVisible();
  await expect.poll(async () => isEmpty(await localTables(page))).toBe(true);
  expect(await page.evaluate(() => localStorage.getItem('clearinghouse.session.user'))).toBeNull();
  await page.reload();
  await expect(page.getByText(notice)).toBeVisible();
});
