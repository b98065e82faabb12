import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, pageModels, test } from '../fixtures.ts';
import { apiAs, dayFromToday, draftSubmission, issueRequest, push, returnForCorrection, step } from '../support/workflow-seed.ts';

/**
 * The Secretariat's and the Bureau's day: the dashboard lists the work with links, the inbox filters
 * it, a corrected submission is compared with the one before, publishing asks first with what becomes
 * public, the Bureau reads the report (published content only), and each role sees only its menu.
 * Each test runs on a fresh server so the work list holds exactly what it seeds.
 */
// Each test took 11–22 s on a busy 2-core machine; one waits up to 60 s for a late sync, so 90 s.
test.describe.configure({ timeout: 90_000 });

const SHOTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'artefacts', 'desk');
mkdirSync(SHOTS, { recursive: true });
/** The same page on a laptop and on a phone, whole length. */
async function shoot(page: Page, name: string) {
  for (const [w, h] of [
    [1366, 768],
    [360, 640],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: join(SHOTS, `${name}-${w}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

const CONFIDENTIAL = ['PEWTER-secret-talks', 'CANARY-budget-figures'];

test('the dashboard lists the Secretariat’s work with links, and the inbox filters it', async ({ servers, signIn }) => {
  const { server, accounts, page } = await servers.start();
  const base = server.baseURL;
  const [sec, ben, cpv] = await Promise.all([
    apiAs(base, accounts.secretariat),
    apiAs(base, accounts.focalPointBen),
    apiAs(base, accounts.focalPointCpv),
  ]);
  const late = await issueRequest(sec, { reference: 'REQ/LATE', title: 'Late request', deadlineInDays: -10, addressees: ['BEN', 'CPV'] });
  const soon = await issueRequest(sec, {
    reference: 'REQ/SOON',
    title: 'Request due soon',
    titleFr: 'Demande bientôt due',
    deadlineInDays: 7,
    addressees: 'all-states-parties',
  });
  const benLate = await draftSubmission(ben, {
    entityId: 'BEN',
    cycleId: late,
    title: 'Benin on the late request',
    items: [{ category: 'obstacle', title: 'Immunities' }],
  });
  await step(ben, benLate.id, 'transmit');
  const cpvSoon = await draftSubmission(cpv, {
    entityId: 'CPV',
    cycleId: soon,
    title: 'Cabo Verde answers',
    items: [{ category: 'strategy', title: 'Plan' }],
  });
  await step(cpv, cpvSoon.id, 'transmit');
  await returnForCorrection(sec, cpvSoon.id, 'Please add the period.');
  const benSoon = await draftSubmission(ben, {
    entityId: 'BEN',
    cycleId: soon,
    title: 'Benin answers',
    items: [{ category: 'event', title: 'Seminar' }],
  });
  await step(ben, benSoon.id, 'transmit');
  await step(sec, benSoon.id, 'publish');

  const ui = pageModels(page);
  await signIn(page, accounts.secretariat);
  await page.goto('/app');
  const pending = ui.desk.section(/^Waiting for review/);
  // The list fills from the local copy as soon as the first sync brings the submissions.
  await expect(ui.desk.entry(pending, 'Benin')).toContainText('Benin on the late request', { timeout: 60_000 });
  await expect(ui.desk.entry(pending, 'Benin').getByRole('link')).toHaveAttribute('href', `/app/review/${benLate.id}`);
  const overdue = ui.desk.section(/^Overdue requests/);
  await expect(ui.desk.entry(overdue, 'REQ/LATE')).toContainText('10 days late');
  await expect(ui.desk.entry(overdue, 'REQ/LATE')).toContainText('1 of 2 answered');
  await expect(ui.desk.entry(overdue, 'REQ/LATE').getByRole('link')).toHaveAttribute('href', `/app/requests/${late}/tracking`);
  const due = ui.desk.section(/^Deadlines within 14 days/);
  await expect(ui.desk.entry(due, 'REQ/SOON')).toContainText('due in 7 days');
  await expect(ui.desk.entry(due, 'REQ/SOON')).toContainText(/2 of \d+ answered/);
  await expect(ui.desk.entry(ui.desk.section(/^Returned, waiting/), 'Cabo Verde')).toContainText('Cabo Verde answers');
  await expect(ui.desk.entry(ui.desk.section(/^Latest publications/), 'Benin')).toContainText('Benin answers');
  await expect(page.getByTestId('freshness')).toContainText(/without reloading/);
  await shoot(page, 'dashboard-secretariat');

  // From the work list to the inbox, filtered to what waits for review.
  await pending.getByRole('link', { name: 'See it in the inbox' }).click();
  await expect(page).toHaveURL(/\/app\/inbox\?status=pending$/);
  await ui.desk.expectShown(1, 3);
  await expect(ui.secretariat.inboxEntry('REQ/LATE', 'Benin')).toBeVisible();
  await ui.desk.inboxFilter('Status').selectOption('');
  await ui.desk.expectShown(3, 3);
  await ui.desk.inboxFilter('Request').selectOption({ label: 'REQ/SOON – Request due soon' });
  await ui.desk.expectShown(2, 3);
  await ui.desk.inboxFilter('State or organisation').selectOption({ label: 'Cabo Verde' });
  await ui.desk.expectShown(1, 3);
  await expect(ui.secretariat.inboxEntry('REQ/SOON', 'Cabo Verde')).toContainText('Returned for correction');
  await expect(page).toHaveURL(new RegExp(`cycle=${soon}&entity=CPV`));
  await ui.desk.inboxFilter('Transmitted until').fill(dayFromToday(-1));
  await ui.desk.inboxFilter('Transmitted until').dispatchEvent('change');
  await ui.desk.expectShown(0, 3);
  await page.getByRole('button', { name: 'Clear the filters' }).click();
  await ui.desk.expectShown(3, 3);
  await ui.desk.inboxFilter('Transmitted from').fill(dayFromToday(0));
  await ui.desk.inboxFilter('Transmitted from').dispatchEvent('change');
  await ui.desk.expectShown(3, 3);
  await expect(page).toHaveURL(/\?from=\d{4}-\d{2}-\d{2}$/);

  // The tracking's rates are the request's whatever the list shows; the reminder comes before the list.
  await page.goto(`/app/requests/${soon}/tracking`);
  const total = page.locator('tr[data-group="total"]');
  await expect(total).toContainText(/2 of \d+/);
  const before = await total.innerText();
  await page.getByLabel('State of the answer').selectOption('returned');
  await expect(page.locator('#tracking-caption')).toHaveText('1 addressee shown');
  expect(await total.innerText()).toBe(before);
  const reminderTop = (await page.getByRole('heading', { name: 'Reminder' }).boundingBox())!.y;
  const tableTop = (await page.getByRole('heading', { name: 'Addressees' }).boundingBox())!.y;
  expect(reminderTop).toBeLessThan(tableTop);
  await page.getByLabel('State of the answer').selectOption('');
  await expect(page.getByRole('navigation', { name: 'Pages of the addressees' })).toContainText(/Rows 1–25 of \d+/);
  await shoot(page, 'tracking');
});

test('a corrected submission is compared with the one before, and publishing asks first', async ({ servers, signIn, a11y }) => {
  const { server, accounts, page } = await servers.start();
  const base = server.baseURL;
  const [sec, ben] = await Promise.all([apiAs(base, accounts.secretariat), apiAs(base, accounts.focalPointBen)]);
  const cycle = await issueRequest(sec, { reference: 'REQ/CMP', title: 'Compare', deadlineInDays: 30, addressees: ['BEN'] });
  const s = await draftSubmission(ben, {
    entityId: 'BEN',
    cycleId: cycle,
    title: 'Information from Benin',
    items: [
      {
        category: 'legislation',
        title: 'Law on cooperation with the Court',
        status: 'draft',
        confidentialFields: ['description'],
        description: CONFIDENTIAL[1],
      },
      { category: 'strategy', title: 'National plan' },
      { category: 'obstacle', title: CONFIDENTIAL[0], kind: 'political', confidential: true },
    ],
  });
  await step(ben, s.id, 'transmit');
  await returnForCorrection(sec, s.id, 'Please say whether the law was adopted.');
  const [law, plan] = s.itemIds;
  await push(ben, [
    { table: 'items', id: law!, op: 'upsert', baseVersion: 1, fields: { status: 'adopted', adoptionDate: '2026-11-01' } },
    { table: 'items', id: plan!, op: 'delete', baseVersion: 1 },
    {
      table: 'items',
      id: crypto.randomUUID(),
      op: 'upsert',
      baseVersion: null,
      fields: { submissionId: s.id, position: 'a9', category: 'event', title: 'Seminar in Cotonou' },
    },
  ]);
  await step(ben, s.id, 'transmit');

  const ui = pageModels(page);
  await signIn(page, accounts.secretariat);
  await page.goto(`/app/review/${s.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Information from Benin', { timeout: 60_000 });
  await expect(page.locator('main .meta')).not.toContainText('·');

  // The last two transmissions are chosen: compare them.
  await expect(ui.desk.versions.getByLabel('Earlier version')).toHaveValue(/\d+/);
  await ui.desk.versions.getByRole('button', { name: 'Compare' }).click();
  const result = ui.desk.versions.getByRole('region', { name: /Changes from version \d+ to version \d+/ });
  await expect(result.getByRole('heading', { name: '1 element added' })).toBeVisible();
  await expect(result.locator('li.added')).toHaveText(/Seminar in Cotonou/);
  await expect(result.getByRole('heading', { name: '1 element removed' })).toBeVisible();
  await expect(result.locator('li.removed')).toHaveText(/National plan/);
  await expect(result.getByRole('heading', { name: '1 element changed' })).toBeVisible();
  await expect(result).toContainText(/Status: draft → adopted/i);
  await expect(result).toContainText(/Date of adoption: \(empty\) → 1 November 2026/i);
  await a11y(page);
  await shoot(page, 'review-comparison');

  // The earlier version can be opened and read as it was received.
  await ui.desk.versions.getByRole('button', { name: 'Open the earlier version' }).click();
  await expect(ui.desk.versions.getByRole('heading', { name: /as received$/ })).toBeVisible();
  await expect(ui.desk.versions).toContainText('National plan');

  // Returning puts the cursor in the message at once.
  await page.getByRole('button', { name: 'Return for correction…' }).click();
  await expect(page.getByLabel('Message to the focal point')).toBeFocused();
  await page.getByRole('button', { name: 'Return for correction…' }).click();

  // Publish asks first, says what becomes public, and Cancel publishes nothing.
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const dialog = ui.desk.publishDialog;
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('These 2 elements become public');
  await expect(dialog).toContainText('Law on cooperation with the Court');
  await expect(dialog).toContainText('Seminar in Cotonou');
  await expect(dialog).toContainText('1 confidential element stays out.');
  await expect(dialog).toContainText('1 confidential field stays out.');
  for (const secret of CONFIDENTIAL) await expect(dialog).not.toContainText(secret);
  await page.setViewportSize({ width: 360, height: 640 });
  await page.screenshot({ path: join(SHOTS, 'publish-confirmation-360.png') });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: join(SHOTS, 'publish-confirmation-1366.png') });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  const published = async () => ((await (await page.request.get('/api/public/items?q=Cotonou')).json()) as { total: number }).total;
  expect(await published()).toBe(0);
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await dialog.getByRole('button', { name: 'Publish now' }).click();
  await expect(dialog).toBeHidden();
  await ui.secretariat.expectDone(/^Published/);
  expect(await published()).toBe(1);
});

test('each role sees only the menu it can use, and the Bureau reads the published report', async ({ servers, signIn, a11y }) => {
  const { server, accounts, page, context } = await servers.start();
  const base = server.baseURL;
  const [sec, ben] = await Promise.all([apiAs(base, accounts.secretariat), apiAs(base, accounts.focalPointBen)]);
  const cycle = await issueRequest(sec, {
    reference: 'REQ/RPT',
    title: 'Report request',
    titleFr: 'Demande du rapport',
    deadlineInDays: 5,
    addressees: ['BEN', 'CPV', 'NGA'],
  });
  const s = await draftSubmission(ben, {
    entityId: 'BEN',
    cycleId: cycle,
    title: 'Benin report',
    items: [
      {
        category: 'legislation',
        title: 'Implementing act of Benin',
        status: 'adopted',
        description: CONFIDENTIAL[1],
        confidentialFields: ['description'],
      },
      { category: 'obstacle', title: CONFIDENTIAL[0], kind: 'political', confidential: true },
    ],
  });
  await step(ben, s.id, 'transmit');
  await step(sec, s.id, 'publish');
  // A transmitted but unpublished answer: never in the report.
  const cpv = await apiAs(base, accounts.focalPointCpv);
  const unpublished = await draftSubmission(cpv, {
    entityId: 'CPV',
    cycleId: cycle,
    title: 'Cabo Verde draft answer',
    items: [{ category: 'strategy', title: 'Unpublished strategy of Cabo Verde' }],
  });
  await step(cpv, unpublished.id, 'transmit');

  const menus = {
    focalPointBen: ['Dashboard', 'Drafts', 'Requests', 'Settings'],
    secretariat: [
      'Dashboard',
      'Requests',
      'Inbox',
      'Received by other channels',
      'Monitoring',
      'Treaty records',
      'Assistance exchanges',
      'Compilation report',
      'Accounts',
      'Audit trail',
      'Settings',
    ],
    bureau: ['Dashboard', 'Requests', 'Monitoring', 'Compilation report', 'Settings'],
  } as const;
  for (const [who, expected] of Object.entries(menus) as [keyof typeof menus, readonly string[]][]) {
    const other = await context.browser()!.newContext({ baseURL: base, locale: 'en-GB', timezoneId: 'UTC' });
    const p = await other.newPage();
    const ui = pageModels(p);
    await signIn(p, accounts[who]);
    const names = await ui.workspace.menuItems();
    expect(names, who).toEqual(expected);
    // On a phone the same items sit behind one button that names the current page.
    await p.setViewportSize({ width: 360, height: 640 });
    await expect(ui.workspace.menuButton).toBeVisible();
    await expect(ui.workspace.menuButton).toContainText('Dashboard');
    await expect(ui.workspace.nav.getByRole('link', { name: expected[1] })).toBeHidden();
    await ui.workspace.menuButton.click();
    await expect(ui.workspace.nav.getByRole('link', { name: expected[1] })).toBeVisible();
    await ui.workspace.nav.getByRole('link', { name: 'Settings' }).click();
    await expect(p).toHaveURL(/\/app\/settings$/);
    await expect(ui.workspace.menuButton).toHaveAttribute('aria-expanded', 'false');
    await other.close();
  }

  const ui = pageModels(page);
  await signIn(page, accounts.bureau);
  // The Bureau's dashboard: requests near their deadline and the latest publications, no review queue.
  await expect(ui.desk.entry(ui.desk.section(/^Deadlines within 14 days/), 'REQ/RPT')).toContainText('2 of 3 answered');
  await expect(ui.desk.entry(ui.desk.section(/^Latest publications/), 'Benin')).toContainText('Benin report');
  await expect(ui.desk.section(/^Waiting for review/)).toHaveCount(0);
  await shoot(page, 'dashboard-bureau');

  await ui.workspace.navLink('Compilation report').click();
  await expect(page).toHaveURL(/\/app\/report$/);
  await page.getByLabel('Request for information').selectOption({ label: 'REQ/RPT – Report request' });
  await page.getByRole('button', { name: 'Compile' }).click();
  const report = page.locator('#compilation-report');
  await expect(report).toContainText('Implementing act of Benin', { timeout: 30_000 });
  await expect(ui.workspace.nav).toBeVisible();
  const text = (await report.innerText()) + (await page.content());
  for (const secret of [...CONFIDENTIAL, 'Unpublished strategy of Cabo Verde', 'Cabo Verde draft answer'])
    expect(text, secret).not.toContain(secret);
  await a11y(page);
  await shoot(page, 'report-bureau');
});
