import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { uuidv7 } from '@clearinghouse/shared';
import { expect, test, type Account } from '../fixtures.ts';
import { PublicClearinghouse } from '../page-models/PublicClearinghouse.ts';
import { waitForServiceWorkerControl } from '../support/offline.ts';

/** A word no other spec publishes, so this run's results are exactly ours. */
const MARK = `Quillwort${Date.now().toString(36)}`;

async function apiAs(baseURL: string, who: Account): Promise<APIRequestContext> {
  const api = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } });
  const res = await api.post('/api/auth/login', { data: { email: who.email, password: who.password } });
  expect(res.status(), await res.text()).toBe(200);
  return api;
}

/** Seeds through the real API: the focal point pushes and transmits, the Secretariat publishes. */
async function publish(baseURL: string, fp: Account, sec: Account, items: Record<string, unknown>[]) {
  const author = await apiAs(baseURL, fp);
  const secretariat = await apiAs(baseURL, sec);
  const submissionId = uuidv7();
  const mutations = [
    {
      table: 'submissions',
      id: submissionId,
      op: 'upsert',
      baseVersion: null,
      fields: { entityId: fp.entityId, title: `Report ${MARK}`, language: 'en' },
    },
    ...items.map((fields, i) => ({
      table: 'items',
      id: uuidv7(),
      op: 'upsert',
      baseVersion: null,
      fields: { submissionId, position: `a${i}`, ...fields },
    })),
  ].map((m, i) => ({ ...m, mid: i + 1 }));
  const pushed = await author.post('/api/sync/push', { data: { clientId: uuidv7(), protocol: 1, mutations } });
  expect(pushed.status()).toBe(200);
  expect((await pushed.json()).results.map((r: { status: string }) => r.status)).toEqual(mutations.map(() => 'applied'));
  expect((await author.post(`/api/submissions/${submissionId}/transmit`)).status()).toBe(200);
  expect((await secretariat.post(`/api/submissions/${submissionId}/publish`)).status()).toBe(200);
  await author.dispose();
  await secretariat.dispose();
}

// Several pages and an axe run each: more than the default 30 s on a shared two-core machine.
test.describe.configure({ timeout: 120_000 });

test.beforeAll(async ({ shared, accounts }) => {
  await publish(shared.baseURL, accounts.focalPointBen, accounts.secretariat, [
    {
      category: 'legislation',
      title: `Witness protection act ${MARK}`,
      description: `Implements the Rome Statute. ${MARK}`,
      status: 'adopted',
    },
    { category: 'obstacle', title: `Immunities ${MARK}`, kind: 'constitutional', description: 'Heads of State.' },
    {
      category: 'assistance',
      title: `Training for judges ${MARK}`,
      role: 'provider',
      status: 'offered',
      thematicAreas: ['judicial_training'],
      partnerEntityIds: ['CPV'],
    },
    { category: 'obstacle', confidential: true, title: `Secret CANARY ${MARK}` },
  ]);
  await publish(shared.baseURL, accounts.focalPointCpv, accounts.secretariat, [
    {
      category: 'assistance',
      title: `Drafting help needed ${MARK}`,
      role: 'recipient',
      status: 'needed',
      thematicAreas: ['judicial_training', 'other'],
      thematicAreasOther: `Archives ${MARK}`,
      partnerEntityIds: ['BEN'],
    },
    {
      category: 'event',
      title: `Seminar in Praia ${MARK}`,
      startDate: '2026-12-01',
      endDate: '2026-12-02',
      place: 'Praia',
      kind: 'seminar',
    },
  ]);
});

test('a visitor searches, filters and opens a profile without signing in', async ({ page, a11y }) => {
  const site = new PublicClearinghouse(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Key figures' })).toBeVisible();
  await expect(site.main.getByText(/States Parties to the Rome Statute/).first()).toBeVisible();
  await a11y();

  await site.search(MARK);
  await expect(site.main.getByRole('heading', { level: 2, name: '5 results' })).toBeVisible();
  await expect(site.results().first()).toContainText(MARK);
  await expect(site.main.locator('mark').first()).toBeVisible();
  await expect(site.main).not.toContainText('CANARY');
  await a11y();

  await site.filter('Category', /Implementing legislation/);
  await expect(page).toHaveURL(/category=legislation/);
  await expect(site.results()).toHaveCount(1);
  await site.filter('Regional group', /African States/);
  await expect(page).toHaveURL(/category=legislation.*region=african|region=african.*category=legislation/);
  await expect(site.results()).toHaveCount(1);
  // the URL is the search: opening it again gives the same result
  await page.goto(page.url());
  await expect(site.results()).toHaveCount(1);

  await site.openResult(`Witness protection act ${MARK}`);
  await expect(site.heading).toHaveText('Benin');
  await expect(site.main.getByRole('heading', { name: 'Treaty status' })).toBeVisible();
  await expect(site.main.getByRole('heading', { name: 'Implementing legislation' })).toBeVisible();
  await expect(site.main.getByText(`Report ${MARK}`).first()).toBeVisible();
  await expect(site.main).not.toContainText('CANARY');
  await a11y();

  await page.goto('/states');
  await expect(site.main.getByRole('link', { name: 'Cabo Verde', exact: true })).toBeVisible();
  await a11y();
});

test('the two-way table: filter by thematic area, drill into a cell, transpose', async ({ page, a11y }) => {
  const site = new PublicClearinghouse(page);
  await page.goto('/assistance');
  // areas are codes, offered in the reader's language
  await site.main.getByLabel('Thematic area').selectOption({ label: 'Judicial training' });
  await expect(page).toHaveURL(/thematicArea=/);
  await site.cell('Benin', 'Cabo Verde').click();
  await expect(site.detail()).toContainText(`Training for judges ${MARK}`);
  await expect(site.detail()).toContainText(`Drafting help needed ${MARK}`);
  await a11y();
  await site.main.getByRole('link', { name: 'Swap rows and columns' }).click();
  await expect(page).toHaveURL(/view=recipients/);
  await expect(site.main.getByText('Rows are recipients, columns are providers.')).toBeVisible();
  await expect(site.cell('Benin', 'Cabo Verde')).toBeVisible();

  // In French the same areas read in French (they are codes), and the table says where it comes from.
  await page.getByLabel('Language').first().selectOption('fr');
  await expect(site.main.locator('#area option:checked')).toHaveText('Formation judiciaire');
  await expect(site.detail()).toContainText(`Formation judiciaire, Autre (Archives ${MARK})`);
  await expect(site.main).toContainText('ICC-ASP/8/23, approuvée par la résolution ICC-ASP/8/Res.3');
  await page.screenshot({ path: join(import.meta.dirname, '..', 'artefacts', 'assistance-table-fr.png'), fullPage: true });
});

test('events as a list, a calendar and an iCalendar feed', async ({ page, a11y, request }) => {
  const site = new PublicClearinghouse(page);
  await page.goto('/events');
  await expect(site.main.getByRole('heading', { name: `Seminar in Praia ${MARK}` })).toBeVisible();
  await a11y();
  await page.goto('/events?view=calendar&month=2026-12');
  await expect(site.main.getByRole('link', { name: `Seminar in Praia ${MARK}` }).first()).toBeVisible();
  await a11y();
  const href = await site.main.getByRole('link', { name: /Subscribe/ }).getAttribute('href');
  const ics = await request.get(href!);
  expect(ics.headers()['content-type']).toContain('text/calendar');
  const text = await ics.text();
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text).toContain(`SUMMARY:Seminar in Praia ${MARK}`.slice(0, 60));
});

test('exports download as CSV and JSON with the same rows', async ({ page }) => {
  const site = new PublicClearinghouse(page);
  await page.goto(`/search?q=${MARK}`);
  await expect(site.results()).toHaveCount(5);
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), site.main.getByRole('link', { name: 'Download CSV' }).click()]);
  const csv = readFileSync((await csvDownload.path())!, 'utf8');
  expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^id,category,title,description,entity_id/);
  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), site.main.getByRole('link', { name: 'Download JSON' }).click()]);
  const json = JSON.parse(readFileSync((await jsonDownload.path())!, 'utf8'));
  expect(json.total).toBe(5);
  for (const row of json.items) expect(csv).toContain(row.id);
  expect(csv).not.toContain('CANARY');
});

test('public pages open offline after one visit, showing when their data dates from', async ({ page, context }) => {
  const site = new PublicClearinghouse(page);
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  const pages = ['/', `/search?q=${MARK}`, '/states', '/states/BEN', '/assistance', '/events'];
  for (const path of pages) {
    await page.goto(path);
    await expect(site.asOf()).toBeVisible();
  }
  await context.setOffline(true);
  for (const path of pages) {
    const res = await page.goto(path);
    expect(res?.fromServiceWorker(), path).toBe(true);
    await expect(site.offlineNotice, path).toBeVisible();
    await expect(site.asOf(), path).toBeVisible();
  }
  await expect(site.main).toContainText(`Seminar in Praia ${MARK}`);
  await page.goto('/states/BEN');
  await expect(site.main).toContainText(`Witness protection act ${MARK}`);
  await context.setOffline(false);
});
