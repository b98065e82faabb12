/**
 * Drafting offline, in a real Chromium with the real service worker: a draft with elements in five
 * categories, confidential parts, a 60,000-character description and an attachment survives reloads,
 * a closed page and a crashed renderer; a full disk is reported without losing earlier work; export
 * then import restores everything in a fresh browser profile.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures.ts';
import { DraftEditorPage } from '../page-models/DraftEditorPage.ts';
import { DraftsListPage } from '../page-models/DraftsListPage.ts';
import { expectApiUnreachable, waitForServiceWorkerControl } from '../support/offline.ts';

const ARTEFACTS = join(import.meta.dirname, '..', 'artefacts');
const PASSPHRASE = 'blue ferry at dawn';
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(300_000)]);
const PDF_SHA256 = createHash('sha256').update(PDF).digest('hex');
// 60 paragraphs: Chromium's own text insertion (under `fill`) slows down with many line breaks.
const LONG_TEXT = Array.from({ length: 60 }, (_, i) => `Paragraph ${i + 1}. `.padEnd(999, 'Implementation report text. '))
  .join('\n')
  .padEnd(60_000, '.');

/** The SHA-256 of every attachment blob stored in the page's IndexedDB, read back from the Blob. */
async function storedBlobHashes(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('clearinghouse');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const rows = await new Promise<{ blob: Blob }[]>((resolve, reject) => {
      const request = db.transaction('attachments').objectStore('attachments').getAll();
      request.onsuccess = () => resolve(request.result as { blob: Blob }[]);
      request.onerror = () => reject(request.error);
    });
    db.close();
    const hex = (buffer: ArrayBuffer) => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
    return Promise.all(rows.map(async (row) => hex(await crypto.subtle.digest('SHA-256', await row.blob.arrayBuffer()))));
  });
}

async function openDraft(page: Page, title: string): Promise<DraftEditorPage> {
  const list = await new DraftsListPage(page).goto();
  await list.draftLink(title).click();
  const editor = new DraftEditorPage(page);
  await editor.expectLoaded();
  return editor;
}

/** Everything the draft was given is there, from storage. */
async function expectDraftComplete(page: Page, title: string): Promise<void> {
  const editor = await openDraft(page, title);
  await expect(editor.title).toHaveValue(title);
  for (const category of ['obstacle', 'strategy', 'event', 'legislation', 'focal_point']) {
    await expect(editor.cards(category)).toHaveCount(1);
  }
  const legislation = await editor.open(editor.cards('legislation').first());
  await expect(editor.field(legislation, 'Title')).toHaveValue('Act 2026-14 on cooperation with the ICC');
  expect((await editor.field(legislation, 'Description').inputValue()).length).toBe(60_000);
  await expect(legislation.getByRole('button', { name: 'Open law.pdf' })).toBeVisible();
  await expect(editor.cards('strategy').first()).toContainText('Confidential');
  const event = await editor.open(editor.cards('event').first());
  await expect(event.getByText('Confidential field: not published')).toBeVisible();
  await expect(editor.field(event, 'Place')).toHaveValue('Cotonou');
  expect(await storedBlobHashes(page)).toContain(PDF_SHA256);
}

test.describe('drafting offline', () => {
  test.describe.configure({ timeout: 180_000 });

  test('a full draft made offline survives reloads, a closed page and a crash; export and import restore it', async ({
    page,
    context,
    browser,
    signIn,
    accounts,
    baseURL,
    a11y,
  }) => {
    const title = `Report ${Date.now()}`;
    await signIn(page, 'focalPointBen');
    await waitForServiceWorkerControl(page);
    await new DraftsListPage(page).goto(); // online once: caches the reference data

    // Offline for real: the context and the service worker's own requests.
    await context.setOffline(true);
    await expectApiUnreachable(page);
    for (const path of ['/app', '/app/drafts', '/app/requests', '/app/settings']) {
      const response = await page.goto(path);
      expect(response?.fromServiceWorker(), `${path} from the service worker`).toBe(true);
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expect(page.getByRole('navigation', { name: 'Workspace' })).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }

    const list = await new DraftsListPage(page).goto();
    await list.create(title);
    const editor = new DraftEditorPage(page);
    await editor.expectLoaded();

    const obstacle = await editor.addElement('obstacle');
    await editor.field(obstacle, 'Title').fill('Immunity of serving officials');
    await editor.field(obstacle, 'Kind').selectOption('constitutional');

    const strategy = await editor.addElement('strategy');
    await editor.field(strategy, 'Title').fill('National action plan on cooperation');
    await strategy.getByLabel('Confidential element: never published').check();
    await expect(strategy.locator('header')).toContainText('Confidential');

    const event = await editor.addElement('event');
    await editor.field(event, 'Title').fill('Seminar for judges');
    await editor.field(event, 'Place').fill('Cotonou');
    await editor.field(event, 'Start date').fill('2026-03-02');
    await event.getByLabel('Keep this field confidential: Place').check();
    await expect(event.getByText('Confidential field: not published')).toBeVisible();

    const legislation = await editor.addElement('legislation');
    await editor.field(legislation, 'Title').fill('Act 2026-14 on cooperation with the ICC');
    await editor.field(legislation, 'Description').fill(LONG_TEXT);
    await editor.field(legislation, 'Rome Statute articles covered').fill('7, 8, 8bis, 86');
    await legislation.locator('input[type=file]').setInputFiles({ name: 'law.pdf', mimeType: 'application/pdf', buffer: PDF });
    await expect(legislation.getByRole('button', { name: 'Open law.pdf' })).toBeVisible();

    const focalPoint = await editor.addElement('focal_point');
    await editor.field(focalPoint, 'Title').fill('Ministry of Justice focal point');
    await editor.field(focalPoint, 'Email address').fill('focal@justice.example.bj');
    await editor.expectSaved();
    await expect(editor.saveStatus).toContainText('not yet sent');

    // A refused file is explained, and nothing is attached.
    await legislation
      .locator('input[type=file]')
      .setInputFiles({ name: 'tool.exe', mimeType: 'application/x-msdownload', buffer: Buffer.from('MZ') });
    await expect(legislation.getByRole('alert')).toContainText('cannot be attached');

    // The public preview is the shared projection: no confidential element, no confidential field.
    await editor.previewToggle.click();
    await expect(editor.preview).toContainText('Seminar for judges');
    await expect(editor.preview).toContainText('1 confidential element is left out.');
    await expect(editor.preview).not.toContainText('National action plan on cooperation');
    await expect(editor.preview).not.toContainText('Cotonou');
    await a11y();

    for (const [width, height] of [
      [360, 640],
      [1366, 768],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: join(ARTEFACTS, `drafting-editor-${width}x${height}.png`), fullPage: false });
    }

    // Reload: everything is there, the attachment byte for byte.
    await page.reload();
    await expectDraftComplete(page, title);

    // Close the page and open a new one (same profile, still offline).
    await page.close();
    const second = await context.newPage();
    await expectDraftComplete(second, title);
    for (const [width, height] of [
      [360, 640],
      [1366, 768],
    ] as const) {
      await second.setViewportSize({ width, height });
      await new DraftsListPage(second).goto();
      await second.screenshot({ path: join(ARTEFACTS, `drafting-list-${width}x${height}.png`), fullPage: false });
    }

    // Crash the renderer in the middle of typing: at most the last half second is missing.
    const crashEditor = await openDraft(second, title);
    const obstacleCard = await crashEditor.open(crashEditor.cards('obstacle').first());
    const typed = 'x'.repeat(100);
    const measures = crashEditor.field(obstacleCard, 'Measures taken');
    await measures.click();
    await second.keyboard.type(typed, { delay: 20 }); // 2 s of typing
    const cdp = await context.newCDPSession(second);
    void cdp.send('Page.crash').catch(() => {});
    await second.waitForEvent('crash');
    const third = await context.newPage();
    const afterCrash = await openDraft(third, title);
    const measuresAgain = afterCrash.field(await afterCrash.open(afterCrash.cards('obstacle').first()), 'Measures taken');
    const kept = await measuresAgain.inputValue();
    expect(typed.startsWith(kept)).toBe(true);
    expect(kept.length, '0.5 s at 20 ms per character is 25 characters').toBeGreaterThanOrEqual(typed.length - 30);

    // Export (offline) to one file: it holds confidential parts, so a passphrase protects it by default.
    await third.goto('/app/settings');
    await expect(third.getByLabel('Protect the file with a passphrase')).toBeChecked();
    await expect(third.getByRole('button', { name: 'Export my drafts' })).toBeDisabled();
    await third.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await third.getByLabel('The same passphrase again').fill(PASSPHRASE);
    const download = third.waitForEvent('download');
    await third.getByRole('button', { name: 'Export my drafts' }).click();
    const exportPath = join(ARTEFACTS, 'drafting-export.json');
    await (await download).saveAs(exportPath);
    const exported = readFileSync(exportPath, 'utf8');
    expect(JSON.parse(exported)).toMatchObject({ format: 'clearinghouse-drafts-encrypted', cipher: { name: 'AES-GCM' } });
    expect(exported).not.toContain('National action plan on cooperation');
    await a11y(third);

    // Import into a fresh browser profile: sign in once online, then import offline.
    const fresh = await browser.newContext({ baseURL, locale: 'en-GB', timezoneId: 'UTC' });
    try {
      const freshPage = await fresh.newPage();
      await signIn(freshPage, accounts.focalPointBen);
      await waitForServiceWorkerControl(freshPage);
      await new DraftsListPage(freshPage).goto();
      await fresh.setOffline(true);
      await freshPage.goto('/app/settings');
      const importWith = async (passphrase: string) => {
        await freshPage.locator('#import-file').setInputFiles(exportPath);
        await expect(freshPage.getByLabel('This file is protected: its passphrase')).toBeFocused();
        await freshPage.keyboard.type(passphrase);
        await freshPage.keyboard.press('Enter');
      };
      await importWith('not the passphrase');
      await expect(freshPage.getByRole('alert')).toHaveText(/does not open the file\. Nothing was imported/);
      await freshPage.getByRole('button', { name: 'Cancel' }).click();
      await importWith(PASSPHRASE);
      await expect(freshPage.getByText(/^Imported: 1 drafts, 5 elements, 1 files/)).toBeVisible();
      await importWith(PASSPHRASE);
      await expect(freshPage.getByText(/^Imported: 0 drafts, 0 elements, 0 files/)).toBeVisible();
      await expectDraftComplete(freshPage, title);
    } finally {
      await fresh.close();
    }
  });

  test('a full disk is reported with what to do, and earlier drafts stay', async ({ page, context, signIn, a11y }) => {
    const title = `Quota ${Date.now()}`;
    await signIn(page, 'focalPointCpv');
    await waitForServiceWorkerControl(page);
    await context.setOffline(true);
    const list = await new DraftsListPage(page).goto();
    await list.create(title);
    const editor = new DraftEditorPage(page);
    const card = await editor.addElement('legislation');
    await editor.field(card, 'Title').fill('Kept before the disk filled up');
    await editor.expectSaved();

    // CDP Storage.overrideQuotaForOrigin is tried first, but Chromium does not apply it to Playwright's
    // isolated browser contexts (navigator.storage.estimate() keeps the default quota). Then the
    // browser's own error is injected at the IndexedDB boundary: an `add` of the file bytes throws
    // the DOMException a full disk gives, and the app's whole path above it is real.
    const origin = new URL(page.url()).origin;
    const cdp = await context.newCDPSession(page);
    const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: Math.floor(usage / 2) });
    const applied = await page.evaluate(
      async (limit) => ((await navigator.storage.estimate()).quota ?? Infinity) <= limit,
      Math.floor(usage / 2),
    );
    if (!applied) {
      await page.evaluate(() => {
        const add = IDBObjectStore.prototype.add;
        IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<typeof add>) {
          if (this.name === 'attachments') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          return add.apply(this, args);
        };
      });
    }
    try {
      await card.locator('input[type=file]').setInputFiles({
        name: 'big.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.concat([Buffer.from('%PDF'), randomBytes(2_000_000)]),
      });
      await expect(page.getByRole('alert').filter({ hasText: 'This device is out of storage space' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Export my drafts' })).toBeVisible();
      await a11y();
    } finally {
      await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    }
    await page.reload();
    const again = await openDraft(page, title);
    const kept = await again.open(again.cards('legislation').first());
    await expect(again.field(kept, 'Title')).toHaveValue('Kept before the disk filled up');
    await expect(kept.getByRole('button', { name: 'Open big.pdf' })).toHaveCount(0);
  });
});
