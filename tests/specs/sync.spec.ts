/**
 * Sync between two devices of one focal point (a laptop and a phone), through the real server and the
 * real drafting UI. Data is seeded through the real API (a push from a scripted client), then edited
 * in the editor on each device.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { APIRequestContext, Browser, Page } from '@playwright/test';
import { expect, test, type Account } from '../fixtures.ts';
import { pageModels } from '../page-models/index.ts';

const LAPTOP = { width: 1366, height: 768 };
const PHONE = { width: 360, height: 640 };
const ARTEFACTS = join(import.meta.dirname, '..', 'artefacts');

/** A draft and one element, pushed by another installation of the app (its own clientId). */
async function seedDraft(request: APIRequestContext, origin: string) {
  const submission = { id: randomUUID(), title: `Report ${Date.now()}` };
  const item = { id: randomUUID(), title: 'Implementing act' };
  const res = await request.post('/api/sync/push', {
    headers: { origin },
    data: {
      clientId: randomUUID(),
      protocol: 1,
      mutations: [
        {
          mid: 1,
          table: 'submissions',
          id: submission.id,
          op: 'upsert',
          baseVersion: null,
          fields: { id: submission.id, entityId: 'BEN', title: submission.title },
        },
        {
          mid: 2,
          table: 'items',
          id: item.id,
          op: 'upsert',
          baseVersion: null,
          fields: { id: item.id, submissionId: submission.id, category: 'legislation', title: item.title },
        },
      ],
    },
  });
  expect(res.status()).toBe(200);
  expect((await res.json()).results.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied']);
  return { submission, item };
}

async function device(browser: Browser, baseURL: string, viewport: { width: number; height: number }, account: Account) {
  const context = await browser.newContext({ baseURL, viewport, locale: 'en-GB', timezoneId: 'UTC' });
  const page = await context.newPage();
  const ui = pageModels(page);
  await ui.signIn.goto();
  await ui.signIn.signInAs(account);
  // the phone's header folds the account into its menu: the email is not on screen there
  await ui.workspace.expectLoaded(viewport.width > 600 ? account.email : undefined);
  return { context, page, ui };
}

async function syncedNow(page: Page) {
  const ui = pageModels(page);
  await ui.sync.syncNow.click();
  await ui.sync.expectUpToDate();
}

test.describe('sync between a laptop and a phone of one focal point', () => {
  test.describe.configure({ timeout: 120_000 });

  test('offline edits: disjoint fields converge by themselves; the same field becomes a conflict on both, settled on one', async ({
    browser,
    shared,
    accounts,
    a11y,
  }) => {
    const laptop = await device(browser, shared.baseURL, LAPTOP, accounts.focalPointBen);
    const phone = await device(browser, shared.baseURL, PHONE, accounts.focalPointBen);
    const { submission, item } = await seedDraft(laptop.page.request, shared.baseURL);

    for (const d of [laptop, phone]) {
      await syncedNow(d.page);
      await d.ui.syncEditor.goto(submission.id);
      await expect(d.ui.syncEditor.title).toHaveValue(submission.title);
    }

    await laptop.context.setOffline(true);
    await phone.context.setOffline(true);
    await laptop.ui.sync.expectState('offline');

    // the same field on both; a different field on each
    await laptop.ui.syncEditor.fill(laptop.ui.syncEditor.title, 'Title from the laptop');
    await laptop.ui.syncEditor.language.selectOption('fr');
    await phone.ui.syncEditor.fill(phone.ui.syncEditor.title, 'Title from the phone');
    await phone.ui.syncEditor.fill(await phone.ui.syncEditor.itemField(item.id, 'citation'), 'Act 12/2026');
    await expect(laptop.ui.sync.status).toContainText('waiting');
    await expect(phone.ui.sync.status).toContainText('waiting');
    // Every edit written before going online. Otherwise a late autosave becomes a second change on an
    // older base after the first push, and the server rightly records a second conflict on the title,
    // which "Keep mine" on the first one does not settle.
    for (const d of [laptop, phone]) await expect(d.page.locator('.save-status')).toHaveAttribute('data-state', 'saved');

    // back online: nobody clicks anything from here until the conflict is settled
    await laptop.context.setOffline(false);
    await laptop.ui.sync.expectUpToDate();
    await phone.context.setOffline(false);
    await phone.ui.sync.expectUpToDate();

    for (const d of [laptop, phone]) {
      // disjoint edits: both kept, on both devices (the laptop by its own periodic pull)
      await expect(d.ui.syncEditor.language).toHaveValue('fr', { timeout: 30_000 });
      await expect(await d.ui.syncEditor.itemField(item.id, 'citation')).toHaveValue('Act 12/2026', { timeout: 30_000 });
      // the same field: the server kept the first version it received
      await expect(d.ui.syncEditor.title).toHaveValue('Title from the laptop', { timeout: 30_000 });
    }
    // Only the phone, whose change was not applied, has something to settle; the laptop's version won.
    await expect(phone.ui.sync.conflictsLink).toHaveText('1 conflict to settle', { timeout: 30_000 });
    await laptop.ui.conflicts.goto();
    await expect(laptop.page.getByText('There is no conflict to settle.')).toBeVisible();
    await expect(laptop.ui.sync.conflictsLink).toHaveCount(0);

    await phone.ui.sync.conflictsLink.click();
    await phone.ui.conflicts.expectConflict('title', 'Title from the laptop', 'Title from the phone');
    await expect(phone.ui.conflicts.conflictOn('title').getByTestId('conflict-origin')).toHaveText(
      'Your change on this device was not applied: this account, on another device, had changed it first.',
    );
    await a11y(phone.page);
    await phone.page.screenshot({ path: join(ARTEFACTS, 'conflicts-360x640.png'), fullPage: true });
    await phone.page.setViewportSize(LAPTOP);
    await phone.page.screenshot({ path: join(ARTEFACTS, 'conflicts-1366x768.png'), fullPage: true });
    await phone.page.setViewportSize(PHONE);

    await phone.ui.conflicts.keepMine('title');
    await phone.ui.sync.expectUpToDate();
    // the laptop hears of it by itself: the chosen title arrives
    await laptop.ui.syncEditor.goto(submission.id);
    await expect(laptop.ui.syncEditor.title).toHaveValue('Title from the phone', { timeout: 30_000 });

    await laptop.context.close();
    await phone.context.close();
  });

  test('the server dies in the middle of a sync: after a restart everything arrives exactly once', async ({ servers }) => {
    const { server, accounts, context, page } = await servers.start({ seed: ['focalPointBen'] });
    await page.setViewportSize(LAPTOP);
    const ui = pageModels(page);
    await ui.signIn.goto();
    await ui.signIn.signInAs(accounts.focalPointBen);
    await ui.workspace.expectLoaded(accounts.focalPointBen.email);
    const { submission, item } = await seedDraft(page.request, server.baseURL);
    await syncedNow(page);

    // work done offline: the title, and three new elements
    await ui.syncEditor.goto(submission.id);
    await context.setOffline(true);
    await ui.syncEditor.fill(ui.syncEditor.title, 'Written on the plane');
    const titles = ['Constitutional amendment', 'Cooperation act', 'Criminal code'];
    const cards = page.locator('#section-legislation [data-item-id]');
    for (const [i, title] of titles.entries()) {
      await page.locator('[data-add="legislation"]').click();
      await expect(cards).toHaveCount(i + 2);
      const id = (await cards.last().getAttribute('data-item-id'))!;
      await ui.syncEditor.fill(await ui.syncEditor.itemField(id, 'title'), title);
    }
    // every edit saved before going online (the title, and one entry per element: edits of a
    // change not yet sent are folded into it), so the push below carries all of them. Wait for the
    // autosave of the last title first: counting entries alone can pass before it lands, and the title
    // would then be a second write after the push (a correct app, but not this scenario).
    await expect(page.locator('.save-status')).toHaveAttribute('data-state', 'saved');
    await ui.sync.expectWaiting(4);

    // the push reaches the server and is applied, then the server is killed before it can answer
    let killed = false;
    await page.route('**/api/sync/push', async (route) => {
      if (killed) return route.continue();
      await route.fetch().catch(() => undefined);
      killed = true;
      await server.kill();
      await route.abort('connectionreset');
    });
    await context.setOffline(false);
    await expect.poll(() => killed, { timeout: 15_000 }).toBe(true);
    await ui.sync.expectState('error');
    await expect(ui.sync.root).toContainText('The server could not be reached');

    await server.restart();
    await page.unroute('**/api/sync/push');
    // the backoff retries by itself (within 5 s of the first failure)
    await ui.sync.expectUpToDate(30_000);

    const pulled = await page.request.get('/api/sync/pull?limit=500');
    expect(pulled.status()).toBe(200);
    const { changes } = (await pulled.json()) as {
      changes: { table: string; id: string; version: number; record: Record<string, unknown> }[];
    };
    const items = changes.filter((c) => c.table === 'items' && c.record?.submissionId === submission.id);
    expect(items.map((c) => c.record.title).sort()).toEqual([...titles, 'Implementing act'].sort());
    expect(new Set(items.map((c) => c.id)).size).toBe(items.length);
    // each new element written once: a resent push was answered from the record, not applied again
    for (const c of items.filter((c) => c.id !== item.id)) expect(c.version).toBe(1);
    const sub = changes.find((c) => c.id === submission.id)!;
    expect(sub.record.title).toBe('Written on the plane');
    expect(sub.version).toBe(2);
  });
});
