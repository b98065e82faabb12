import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { uuidv7 } from '@clearinghouse/shared';
import type { Browser, Page } from '@playwright/test';
import { expect, test, type Account } from '../fixtures.ts';

/**
 * The Secretariat's workflow end to end, one role per browser context: a request is issued, two focal
 * points answer it, the Secretariat tracks, acknowledges, returns, previews and publishes, the public
 * sees the published answer without its confidential parts, and the compilation report prints to PDF.
 */
const MARK = `Heliotrope${Date.now().toString(36)}`;
const ARTEFACTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'artefacts');
const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTEFACTS, `secretariat-${name}.png`), fullPage: true });

test.describe.configure({ mode: 'serial', timeout: 180_000 });

async function contextFor(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, locale: 'en-GB', timezoneId: 'UTC' });
  return { context, page: await context.newPage() };
}

/** A focal point answers the request from its own browser: its session pushes the draft, then transmits. */
async function answer(page: Page, baseURL: string, fp: Account, cycleId: string, items: Record<string, unknown>[]): Promise<string> {
  const headers = { origin: baseURL };
  const submissionId = uuidv7();
  const mutations = [
    {
      table: 'submissions',
      id: submissionId,
      op: 'upsert',
      baseVersion: null,
      fields: { entityId: fp.entityId, cycleId, title: `Answer of ${fp.entityId} ${MARK}`, language: 'en' },
    },
    ...items.map((fields, i) => ({
      table: 'items',
      id: uuidv7(),
      op: 'upsert',
      baseVersion: null,
      fields: { submissionId, position: `a${i}`, ...fields },
    })),
  ].map((m, i) => ({ ...m, mid: i + 1 }));
  const pushed = await page.request.post('/api/sync/push', { headers, data: { clientId: uuidv7(), protocol: 1, mutations } });
  expect(pushed.status(), await pushed.text()).toBe(200);
  expect((await pushed.json()).results.map((r: { status: string }) => r.status)).toEqual(mutations.map(() => 'applied'));
  const transmitted = await page.request.post(`/api/submissions/${submissionId}/transmit`, { headers });
  expect(transmitted.status(), await transmitted.text()).toBe(200);
  return submissionId;
}

test('a request is issued, answered, tracked, reviewed, published and compiled', async ({
  page,
  browser,
  baseURL,
  signIn,
  accounts,
  ui,
  a11y,
}) => {
  const base = baseURL!;
  // 1. The Secretariat issues a request to Benin and Cabo Verde.
  await signIn(page, 'secretariat');
  const cycleId = await ui.secretariat.createRequest({
    reference: `ICC-ASP/E2E/${MARK}`,
    title: `Plan of Action ${MARK}`,
    titleFr: `Plan d’action ${MARK}`,
    deadline: '2099-10-30',
    entityIds: ['BEN', 'CPV'],
    textEn: 'The Secretariat presents its compliments and requests information under paragraph 6(h).',
  });
  await expect(page.getByText('(i) Obstacles to ratification or full implementation')).toBeVisible();
  await a11y();

  // 2. Each focal point, in its own browser, sees the request and answers it.
  const ben = await contextFor(browser, base);
  await signIn(ben.page, 'focalPointBen');
  await ben.page.goto('/app/requests');
  await expect(ben.page.getByRole('link', { name: `ICC-ASP/E2E/${MARK}`, exact: true })).toBeVisible();
  await expect(ben.page.getByRole('link', { name: new RegExp(`Start a draft from this request – ICC-ASP/E2E/${MARK}`) })).toHaveAttribute(
    'href',
    `/app/drafts?new=${cycleId}`,
  );
  await answer(ben.page, base, accounts.focalPointBen, cycleId, [
    {
      category: 'obstacle',
      title: `Immunities of officials ${MARK}`,
      kind: 'constitutional',
      description: 'Article 27 and the Constitution.',
      confidentialFields: ['description'],
    },
    { category: 'legislation', title: `ICC Cooperation Act ${MARK}`, status: 'adopted', description: 'Implements Part 9.' },
    { category: 'obstacle', confidential: true, title: `Secret CANARY ${MARK}`, description: 'Not for the public.' },
  ]);
  const cpv = await contextFor(browser, base);
  await signIn(cpv.page, 'focalPointCpv');
  const cpvSubmission = await answer(cpv.page, base, accounts.focalPointCpv, cycleId, [
    { category: 'strategy', title: `National strategy ${MARK}` },
  ]);

  // 3. Tracking: both transmitted, 2 of 2 answered.
  await page.goto(`/app/requests/${cycleId}/tracking`);
  await expect(ui.secretariat.trackingRow('Benin')).toContainText('Transmitted');
  await expect(ui.secretariat.trackingRow('Cabo Verde')).toContainText('Transmitted');
  await expect(page.getByRole('row').filter({ hasText: 'Total' })).toContainText('2 of 2');
  await page.getByRole('button', { name: 'Prepare the reminder' }).click();
  await expect(page.getByText('Every addressee has answered.')).toBeVisible();
  await a11y();
  await shot(page, 'tracking');

  // 4. The inbox comes from the local copy sync fills: a reload starts a sync.
  await page.goto('/app/inbox');
  await expect(page.getByRole('link', { name: 'Benin' }).first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('link', { name: 'Cabo Verde' }).first()).toBeVisible({ timeout: 30_000 });
  await a11y();

  // 5. Review Benin: confidential parts marked, acknowledge, preview, publish.
  await ui.secretariat.openReview('Benin');
  const secret = page.getByTestId('review-element').filter({ hasText: `Secret CANARY ${MARK}` });
  await expect(secret.getByTestId('confidential-badge')).toHaveText(/Confidential element/);
  await expect(
    page
      .getByTestId('review-element')
      .filter({ hasText: `Immunities of officials ${MARK}` })
      .getByTestId('confidential-badge'),
  ).toHaveText(/Confidential/);
  await page.getByRole('button', { name: 'Acknowledge receipt' }).click();
  await ui.secretariat.expectDone('Receipt acknowledged');
  await page.getByRole('button', { name: 'Preview what becomes public' }).click();
  const preview = page.locator('#public-preview');
  await expect(preview).toContainText(`ICC Cooperation Act ${MARK}`);
  await expect(preview).not.toContainText('CANARY');
  await expect(preview).not.toContainText('Article 27');
  await a11y();
  await shot(page, 'review');
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await ui.secretariat.expectDone('Published.');
  await expect(page.getByText(/Edition 1,/)).toBeVisible();

  // 6. Return Cabo Verde with a message.
  await ui.secretariat.openReview('Cabo Verde');
  await page.getByRole('button', { name: 'Return for correction…' }).click();
  await page.getByLabel('Message to the focal point').fill('Please add the period of the strategy.');
  await page.getByRole('button', { name: 'Return the submission' }).click();
  await ui.secretariat.expectDone('Returned to the entity');

  await page.goto(`/app/requests/${cycleId}/tracking`);
  await expect(ui.secretariat.trackingRow('Benin')).toContainText('Published');
  await expect(ui.secretariat.trackingRow('Cabo Verde')).toContainText('Returned for correction');

  // 7. The public sees Benin's answer without any confidential part.
  const visitor = await contextFor(browser, base);
  const found = await (await visitor.page.request.get(`/api/public/items?q=${MARK}`)).json();
  const titles = found.items.map((i: { title: string }) => i.title);
  expect(titles).toEqual(expect.arrayContaining([`ICC Cooperation Act ${MARK}`, `Immunities of officials ${MARK}`]));
  expect(JSON.stringify(found)).not.toContain('CANARY');
  expect(JSON.stringify(found)).not.toContain('Article 27');
  await visitor.page.goto('/states/BEN');
  await expect(visitor.page.getByText(`ICC Cooperation Act ${MARK}`)).toBeVisible();
  await expect(visitor.page.getByText(/CANARY/)).toHaveCount(0);

  // 7b. Cabo Verde corrects its returned submission (the returned draft is editable again), transmits
  // it again, and the Secretariat publishes it.
  const headers = { origin: base };
  const pulled = await (await cpv.page.request.get('/api/sync/pull?limit=500')).json();
  const strategy = pulled.changes
    .filter((c: { table: string; record: { category?: string } | null }) => c.table === 'items' && c.record?.category === 'strategy')
    .at(-1);
  expect(pulled.changes.find((c: { id: string }) => c.id === cpvSubmission).record.returnMessage).toBe(
    'Please add the period of the strategy.',
  );
  const corrected = await cpv.page.request.post('/api/sync/push', {
    headers,
    data: {
      clientId: uuidv7(),
      protocol: 1,
      mutations: [
        {
          mid: 1,
          table: 'items',
          id: strategy.id,
          op: 'upsert',
          baseVersion: strategy.version,
          fields: { periodStart: '2026-01-01', periodEnd: '2027-12-31' },
        },
      ],
    },
  });
  expect((await corrected.json()).results[0].status).toBe('applied');
  expect((await cpv.page.request.post(`/api/submissions/${cpvSubmission}/transmit`, { headers })).status()).toBe(200);
  expect((await page.request.post(`/api/submissions/${cpvSubmission}/publish`, { headers })).status()).toBe(200);
  await page.goto(`/app/requests/${cycleId}/tracking`);
  await expect(ui.secretariat.trackingRow('Cabo Verde')).toContainText('Published');
  const republished = await (
    await visitor.page.request.get(`/api/public/items?q=${encodeURIComponent(`National strategy ${MARK}`)}`)
  ).json();
  expect(republished.items.map((i: { title: string; periodStart?: string }) => [i.title, i.periodStart])).toContainEqual([
    `National strategy ${MARK}`,
    '2026-01-01',
  ]);

  // 8. The compilation report: sections in 6(h) order, contents, annex; printed to A4 with page numbers.
  await page.goto(`/app/report?cycle=${cycleId}`);
  const report = page.locator('#compilation-report');
  await expect(report.getByRole('heading', { level: 1 })).toContainText('Compilation of information on the Plan of Action');
  await expect(report.getByRole('heading', { name: /1\. \(i\)\s*Obstacles/ })).toBeVisible();
  // Cabo Verde's corrected answer is published too: its strategy comes before the legislation (6(h) order).
  await expect(report.getByRole('heading', { name: /2\. \(ii\)\s*/ })).toBeVisible();
  await expect(report.getByRole('heading', { name: /3\. \(v\)\s*Implementing legislation/ })).toBeVisible();
  await expect(report.getByRole('navigation', { name: /Contents/ })).toBeVisible();
  await expect(report).toContainText('Statistical annex');
  await expect(report).not.toContainText('CANARY');
  await a11y();
  await shot(page, 'report');
  await page.emulateMedia({ media: 'print' });
  await shot(page, 'report-print');
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const pdfPath = join(ARTEFACTS, 'secretariat-report.pdf');
  writeFileSync(pdfPath, pdf);
  if (existsSync('/usr/bin/pdftotext')) {
    const text = execFileSync('/usr/bin/pdftotext', ['-layout', pdfPath, '-']).toString();
    expect(text).toContain('Contents');
    expect(text).toContain('Table des matières');
    expect(text).toMatch(/Obstacles to ratification/);
    expect(text).toMatch(/Two-way table of technical assistance/);
    expect(text).toMatch(/Statistical annex/);
    expect(text).toMatch(/\b1 ?\/ ?\d+\b/); // the page footer: "1 / N"
    expect(text).toMatch(/\b2 ?\/ ?\d+\b/);
    expect(text).not.toContain('CANARY');
  }

  for (const c of [ben.context, cpv.context, visitor.context]) await c.close();
});

test('the Secretariat manages treaty records, accounts and the audit trail', async ({ page, signIn, a11y }) => {
  await signIn(page, 'secretariat');
  await page.goto('/app/treaty');
  await page
    .getByLabel('Or paste the CSV')
    .fill('entity_id,treaty,type,date,as_of,source\nBEN,apic,signature,2003-01-01,,E2E\nXXX,apic,ratification,,,E2E');
  await page.getByRole('button', { name: 'Preview the import' }).click();
  await expect(page.getByText(/Line 3:/)).toBeVisible();
  await expect(page.getByRole('button', { name: /^Apply/ })).toHaveCount(0);
  await page.getByLabel('State', { exact: true }).selectOption('BEN');
  await expect(page.getByRole('heading', { name: 'Add an event' })).toBeVisible();
  await expect(page.getByRole('table', { name: /Status on/ })).toBeVisible();
  await a11y();
  await shot(page, 'treaty');

  await page.goto('/app/accounts');
  const email = `invitee-${MARK.toLowerCase()}@example.org`;
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Role').selectOption('bureau');
  await page.getByRole('button', { name: 'Create the invitation' }).click();
  await expect(page.getByLabel('One-time link')).toHaveValue(/\/invitation#token=/);
  await expect(page.getByRole('row').filter({ hasText: email })).toContainText('Invited');
  await a11y();

  await page.goto('/app/audit');
  await page.getByLabel('Action').fill('account.invited');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByRole('table')).toContainText('account.invited');
  await expect(page.getByRole('link', { name: 'Export as CSV' })).toHaveAttribute('href', '/api/audit.csv?action=account.invited');
  await a11y();
});

test('a focal point cannot open the Secretariat pages', async ({ page, signIn }) => {
  const workspace = await signIn(page, 'focalPointBen');
  await expect(workspace.navLink('Inbox')).toHaveCount(0);
  await expect(workspace.navLink('Accounts')).toHaveCount(0);
  await page.goto('/app/accounts');
  await expect(page.getByText('This page is not available for your role.')).toBeVisible();
});
