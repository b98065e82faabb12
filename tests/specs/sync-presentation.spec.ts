/**
 * What a focal point sees of sync outside the editor: a transmission queued offline is named in the
 * sync box, on the dashboard and in the drafts list (not "Offline", not "Everything is sent"); a file
 * going up on a slow link shows its bytes moving and the count of changes left. Screenshots of the sync
 * box while uploading, at 360×640 and 1366×768, are kept under tests/artefacts/sync-presentation/.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../fixtures.ts';
import { DraftEditorPage } from '../page-models/DraftEditorPage.ts';
import { DraftsListPage } from '../page-models/DraftsListPage.ts';
import { SyncIndicator } from '../page-models/SyncIndicator.ts';
import { waitForServiceWorkerControl } from '../support/offline.ts';

test.describe.configure({ timeout: 120_000 });
const ARTEFACTS = join(import.meta.dirname, '..', 'artefacts', 'sync-presentation');

test('a transmission queued offline is named in the sync box, on the dashboard and in the drafts list', async ({ servers, signIn }) => {
  const { page, context, accounts } = await servers.start({ seed: ['focalPointBen'] });
  const title = `Queued ${Date.now()}`;
  await signIn(page, accounts.focalPointBen);
  await waitForServiceWorkerControl(page);
  await (await new DraftsListPage(page).goto()).create(title);
  const editor = new DraftEditorPage(page);
  await editor.expectLoaded();
  await editor.addElementWith('obstacle', { Title: 'Immunity of serving officials' });
  await editor.expectSaved();
  const sync = new SyncIndicator(page);
  await sync.expectUpToDate(30_000);

  await context.setOffline(true);
  await sync.expectState('offline');
  await editor.transmit();
  await expect(sync.status).toHaveText('Transmission queued — will be sent when online');

  await page.goto('/app');
  await expect(page.getByTestId('dashboard-transmit-queued')).toHaveText('Transmission queued — will be sent when online');
  await expect(page.getByText('Everything is sent.')).toHaveCount(0);
  await expect(sync.status).toHaveText('Transmission queued — will be sent when online');

  const list = await new DraftsListPage(page).goto();
  const row = list.list.getByRole('listitem').filter({ hasText: title });
  await expect(row).toContainText('Transmission queued — will be sent when online');
  await expect(row).not.toContainText('Everything sent');

  // Back online: it goes, and every place says so.
  await context.setOffline(false);
  await expect(row).toContainText('Transmitted', { timeout: 30_000 });
  await expect(row).not.toContainText('Transmission queued');
  await sync.expectUpToDate(30_000);
});

test('a file going up on a slow link: its bytes sent and the changes left, moving as they go', async ({ page, signIn }) => {
  await signIn(page, 'focalPointBen');
  await (await new DraftsListPage(page).goto()).create(`Upload ${Date.now()}`);
  const editor = new DraftEditorPage(page);
  await editor.expectLoaded();
  const sync = new SyncIndicator(page);
  await sync.expectUpToDate(30_000);

  // A slow uplink (about 256 kB/s) for the page's own requests: a 4 MB law takes some 15 s.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 40,
    downloadThroughput: 2_000_000,
    uploadThroughput: 256_000,
  });
  const card = await editor.addElementWith('legislation', { Title: 'Act 2026-14 on cooperation with the ICC' });
  const law = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(4_000_000)]);
  await card.locator('input[type=file]').setInputFiles({ name: 'law.pdf', mimeType: 'application/pdf', buffer: law });
  await expect(card.getByRole('button', { name: 'Open law.pdf' })).toBeVisible();

  const progress = page.getByTestId('sync-progress');
  await expect(progress).toContainText(/Sending law\.pdf: .+ of 4 MB/, { timeout: 30_000 });
  await expect(page.getByTestId('sync-changes-left')).toHaveText(/^[1-9]\d* changes? left to send$/);
  const bar = progress.getByRole('progressbar', { name: 'law.pdf' });
  const sent = async () => Number(await bar.getAttribute('value'));
  await expect.poll(sent, { timeout: 30_000 }).toBeGreaterThan(0);
  const first = await sent();
  // Moving within the upload, not only from nothing to everything.
  await expect.poll(sent, { timeout: 30_000 }).toBeGreaterThan(first);
  expect(await sent()).toBeLessThan(law.length);

  mkdirSync(ARTEFACTS, { recursive: true });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(ARTEFACTS, 'uploading-1366x768.png') });
  await page.setViewportSize({ width: 360, height: 640 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(progress).toBeVisible();
  await page.screenshot({ path: join(ARTEFACTS, 'uploading-360x640.png') });

  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await sync.expectUpToDate(60_000);
  await expect(progress).toHaveCount(0);
});
