import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import { expect, pageModels, test, type Account } from '../fixtures.ts';
import { expectApiUnreachable, waitForServiceWorkerControl } from '../support/offline.ts';

/**
 * The Secretariat's workflow end to end, one role per browser context: a request is issued;
 * two focal points of different States draft their answers offline in the real editor (confidential
 * parts included), come online and transmit (one queued while still offline, one online); the
 * Secretariat tracks, acknowledges one, returns the other with a message, previews and publishes the
 * first; the public sees it without any confidential part; the returned one is corrected in the
 * editor, transmitted again and published; and the compilation report prints to PDF.
 */
/** Unique per run and per repeat (`--repeat-each` reuses the module): every name a test gives carries it. */
const newMark = () => `Heliotrope${Date.now().toString(36)}`;
const RETURN_MESSAGE = 'Please add the period of the strategy.';
/** Strings that only ever appear in confidential parts: no public page or answer may contain them. */
const CONFIDENTIAL = ['CANARY', 'Not for the public', 'Article 27', 'PEWTER'];
const ARTEFACTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'artefacts');
const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTEFACTS, `secretariat-${name}.png`), fullPage: true });

test.describe.configure({ mode: 'serial', timeout: 180_000 });

async function contextFor(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, locale: 'en-GB', timezoneId: 'UTC' });
  const page = await context.newPage();
  return { context, page, ui: pageModels(page) };
}
type Device = Awaited<ReturnType<typeof contextFor>>;

/** A focal point's own browser, online once: signed in, the service worker in control, the requests cached. */
async function focalPointDevice(
  browser: Browser,
  baseURL: string,
  signIn: (page: Page, who: Account) => Promise<unknown>,
  who: Account,
  reference: string,
) {
  const device = await contextFor(browser, baseURL);
  await signIn(device.page, who);
  await waitForServiceWorkerControl(device.page);
  await device.page.goto('/app/requests');
  await expect(device.page.getByRole('link', { name: reference, exact: true })).toBeVisible();
  await device.ui.sync.expectUpToDate(30_000);
  return device;
}

/** Offline for real: the context and the service worker's own requests. */
async function goOffline({ context, page, ui }: Device) {
  await context.setOffline(true);
  await expectApiUnreachable(page);
  await ui.sync.expectState('offline');
}

/** Back online: the sync that starts by itself pushes everything waiting (and any queued transmission). */
async function goOnline({ context, ui }: Device) {
  await context.setOffline(false);
  await ui.sync.expectUpToDate(30_000);
}

function expectNoConfidentialText(text: string) {
  for (const secret of CONFIDENTIAL) expect(text, `"${secret}" is confidential`).not.toContain(secret);
}

test('a request is issued, answered offline, tracked, reviewed, published and compiled', async ({
  page,
  browser,
  baseURL,
  signIn,
  accounts,
  ui,
  a11y,
}) => {
  test.setTimeout(480_000); // three browsers, two service worker installs: 2-4 min on a busy 2-core machine
  const base = baseURL!;
  const MARK = newMark();
  const REFERENCE = `ICC-ASP/E2E/${MARK}`;
  // 1. The Secretariat issues a request to Benin and Cabo Verde.
  await signIn(page, 'secretariat');
  const cycleId = await ui.secretariat.createRequest({
    reference: REFERENCE,
    title: `Plan of Action ${MARK}`,
    titleFr: `Plan d’action ${MARK}`,
    titleEs: `Plan de acción ${MARK}`,
    deadline: '2099-10-30',
    entityIds: ['BEN', 'CPV'],
    textEn: 'The Secretariat presents its compliments and requests information under paragraph 6(h).',
    textFr: 'Le Secrétariat présente ses compliments et demande des informations au titre de l’alinéa h) du paragraphe 6.',
    textEs: 'La Secretaría saluda atentamente y solicita información en virtud del apartado h) del párrafo 6.',
  });
  await expect(page.getByText('(i) Obstacles to ratification or full implementation')).toBeVisible();
  await a11y();

  // 2. Each focal point signs in once online in its own browser, which caches the request.
  const ben = await focalPointDevice(browser, base, signIn, accounts.focalPointBen, REFERENCE);
  const cpv = await focalPointDevice(browser, base, signIn, accounts.focalPointCpv, REFERENCE);

  // 3. Benin drafts offline from the request, with a confidential field and a confidential element,
  // and presses Transmit while still offline: the transmission is queued.
  await goOffline(ben);
  await ben.ui.drafts.startFromRequest(REFERENCE, `Answer of Benin ${MARK}`);
  const benEditor = ben.ui.editor;
  await benEditor.expectLoaded();
  const immunities = await benEditor.addElementWith('obstacle', {
    Title: `Immunities of officials ${MARK}`,
    Kind: 'constitutional',
    Description: 'Article 27 and the Constitution.',
  });
  await benEditor.markFieldConfidential(immunities, 'Description');
  await benEditor.addElementWith('legislation', {
    Title: `ICC Cooperation Act ${MARK}`,
    Status: 'adopted',
    Description: 'Implements Part 9.',
  });
  const secret = await benEditor.addElementWith('obstacle', { Title: `Secret CANARY ${MARK}`, Description: 'Not for the public.' });
  await benEditor.markElementConfidential(secret);
  await benEditor.expectSaved();
  await expect(benEditor.saveStatus).toContainText('not yet sent');
  await benEditor.transmit();
  await expect(benEditor.transmitPanel).toContainText('Transmission queued');
  await benEditor.expectStatus('Draft');
  await a11y(ben.page);
  await shot(ben.page, 'focal-point-queued');

  // 4. Cabo Verde drafts offline too (a confidential field), comes online, and transmits online.
  await goOffline(cpv);
  await cpv.ui.drafts.startFromRequest(REFERENCE, `Answer of Cabo Verde ${MARK}`);
  const cpvEditor = cpv.ui.editor;
  await cpvEditor.expectLoaded();
  const strategy = await cpvEditor.addElementWith('strategy', {
    Title: `National strategy ${MARK}`,
    'Responsible body': 'Ministry of Justice',
    Objectives: `Budget line PEWTER ${MARK}`,
  });
  await cpvEditor.markFieldConfidential(strategy, 'Objectives');
  await cpvEditor.addElementWith('event', { Title: `Seminar for judges ${MARK}`, Place: 'Praia' });
  await cpvEditor.expectSaved();

  // 5. Both come back online: Benin's queued transmission goes after its push; Cabo Verde transmits now.
  await goOnline(ben);
  await benEditor.expectStatus('Transmitted');
  await expect(benEditor.readOnlyNotice).toBeVisible();
  await expect(benEditor.transmitPanel).toHaveCount(0);
  await goOnline(cpv);
  await expect(cpvEditor.saveStatus).toContainText('Everything sent');
  await cpvEditor.transmit();
  await cpvEditor.expectStatus('Transmitted');
  await cpv.ui.sync.expectUpToDate(30_000);

  // 6. Tracking: both transmitted, 2 of 2 answered (100 %).
  await page.goto(`/app/requests/${cycleId}/tracking`);
  await expect(ui.secretariat.trackingRow('Benin')).toContainText('Transmitted');
  await expect(ui.secretariat.trackingRow('Cabo Verde')).toContainText('Transmitted');
  const total = page.getByRole('row').filter({ hasText: 'Total' });
  await expect(total).toContainText('2 of 2');
  await expect(total).toContainText('100%');
  await page.getByRole('button', { name: 'Prepare the reminder' }).click();
  await expect(page.getByText('Every addressee has answered.')).toBeVisible();
  await a11y();
  await shot(page, 'tracking');

  // 7. The inbox comes from the local copy sync fills: a reload starts a sync.
  await page.goto('/app/inbox');
  await expect(ui.secretariat.inboxEntry(REFERENCE, 'Benin')).toContainText('Transmitted', { timeout: 30_000 });
  await expect(ui.secretariat.inboxEntry(REFERENCE, 'Benin')).toContainText('3 elements');
  await expect(ui.secretariat.inboxEntry(REFERENCE, 'Cabo Verde')).toContainText('Transmitted', { timeout: 30_000 });
  await a11y();

  // 8. Benin: confidential parts marked; receipt acknowledged.
  await ui.secretariat.openReview(REFERENCE, 'Benin');
  await expect(
    page
      .getByTestId('review-element')
      .filter({ hasText: `Secret CANARY ${MARK}` })
      .getByTestId('confidential-badge'),
  ).toHaveText(/Confidential element/);
  await expect(
    page
      .getByTestId('review-element')
      .filter({ hasText: `Immunities of officials ${MARK}` })
      .getByTestId('confidential-badge'),
  ).toHaveText(/Confidential/);
  await page.getByRole('button', { name: 'Acknowledge receipt' }).click();
  await ui.secretariat.expectDone('Receipt acknowledged');
  const benReview = page.url();

  // 9. Cabo Verde is returned with a message.
  await ui.secretariat.openReview(REFERENCE, 'Cabo Verde');
  await page.getByRole('button', { name: 'Return for correction…' }).click();
  await page.getByLabel('Message to the focal point').fill(RETURN_MESSAGE);
  await page.getByRole('button', { name: 'Return the submission' }).click();
  await ui.secretariat.expectDone('Returned to the entity');

  // 10. Benin: the public preview leaves the confidential element and field out; published.
  await page.goto(benReview);
  await page.getByRole('button', { name: 'Preview what becomes public' }).click();
  const preview = page.locator('#public-preview');
  await expect(preview).toContainText(`ICC Cooperation Act ${MARK}`);
  await expect(preview).toContainText(`Immunities of officials ${MARK}`);
  await expect(preview).toContainText('Implements Part 9.');
  expectNoConfidentialText(await preview.innerText());
  await a11y();
  await shot(page, 'review');
  await ui.secretariat.publish();
  await ui.secretariat.expectDone('Published.');
  await expect(page.getByText(/Edition 1,/)).toBeVisible();

  await page.goto(`/app/requests/${cycleId}/tracking`);
  await expect(ui.secretariat.trackingRow('Benin')).toContainText('Published');
  await expect(ui.secretariat.trackingRow('Cabo Verde')).toContainText('Returned for correction');

  // 11. The public sees Benin's answer without any confidential part, and nothing of Cabo Verde's yet.
  const visitor = await contextFor(browser, base);
  const found = await (await visitor.page.request.get(`/api/public/items?q=${MARK}`)).json();
  expect(found.items.map((i: { title: string }) => i.title).sort()).toEqual(
    [`ICC Cooperation Act ${MARK}`, `Immunities of officials ${MARK}`].sort(),
  );
  expectNoConfidentialText(JSON.stringify(found));
  await visitor.page.goto('/states/BEN');
  await expect(visitor.ui.clearinghouse.main.getByText(`ICC Cooperation Act ${MARK}`)).toBeVisible();
  await expect(visitor.ui.clearinghouse.main.getByText(`Immunities of officials ${MARK}`)).toBeVisible();
  expectNoConfidentialText(await visitor.page.locator('body').innerText());
  await visitor.page.goto('/search');
  await visitor.ui.clearinghouse.search(MARK);
  await expect(visitor.ui.clearinghouse.results()).toHaveCount(2);
  await expect(visitor.ui.clearinghouse.results().filter({ hasText: `ICC Cooperation Act ${MARK}` })).toBeVisible();
  expectNoConfidentialText(await visitor.page.locator('body').innerText());
  await a11y(visitor.page);

  // 12. Cabo Verde's next sync brings the message; the draft is editable again, corrected, transmitted.
  await cpv.ui.sync.syncNow.click();
  await expect(cpvEditor.returnMessage).toContainText(RETURN_MESSAGE, { timeout: 30_000 });
  await cpvEditor.expectStatus('Draft');
  await expect(cpvEditor.readOnlyNotice).toHaveCount(0);
  await a11y(cpv.page);
  await shot(cpv.page, 'focal-point-returned');
  // The drafts list says so too; the draft opens from there.
  await cpv.ui.drafts.goto();
  await expect(cpv.ui.drafts.list.getByRole('listitem').filter({ hasText: `Answer of Cabo Verde ${MARK}` })).toContainText(
    'Returned for correction',
  );
  await cpv.ui.drafts.draftLink(`Answer of Cabo Verde ${MARK}`).click();
  await expect(cpvEditor.returnMessage).toContainText(RETURN_MESSAGE);
  const returned = await cpvEditor.open(cpvEditor.cards('strategy').first());
  await cpvEditor.field(returned, 'Period from').fill('2026-01-01');
  await cpvEditor.field(returned, 'Period to').fill('2027-12-31');
  await cpvEditor.expectSaved();
  await cpvEditor.transmit();
  await cpvEditor.expectStatus('Transmitted');
  await expect(cpvEditor.returnMessage).toHaveCount(0);
  await cpv.ui.sync.expectUpToDate(30_000);

  // 13. The Secretariat receives the correction and publishes it.
  await page.goto('/app/inbox');
  await expect(ui.secretariat.inboxEntry(REFERENCE, 'Cabo Verde')).toContainText('Transmitted', { timeout: 30_000 });
  await ui.secretariat.openReview(REFERENCE, 'Cabo Verde');
  await ui.secretariat.publish();
  await ui.secretariat.expectDone('Published.');
  await page.goto(`/app/requests/${cycleId}/tracking`);
  await expect(ui.secretariat.trackingRow('Cabo Verde')).toContainText('Published');

  // 14. The public sees the correction, still without the confidential field.
  const republished = await (
    await visitor.page.request.get(`/api/public/items?q=${encodeURIComponent(`National strategy ${MARK}`)}`)
  ).json();
  expect(republished.items.map((i: { title: string; periodStart?: string }) => [i.title, i.periodStart])).toContainEqual([
    `National strategy ${MARK}`,
    '2026-01-01',
  ]);
  expectNoConfidentialText(JSON.stringify(republished));
  await visitor.page.goto('/states/CPV');
  await expect(visitor.ui.clearinghouse.main.getByText(`National strategy ${MARK}`)).toBeVisible();
  await expect(visitor.ui.clearinghouse.main.getByText(`Seminar for judges ${MARK}`)).toBeVisible();
  expectNoConfidentialText(await visitor.page.locator('body').innerText());

  // 15. The compilation report, in the Assembly's form (one language): sections in 6(h) order, numbered
  // paragraphs, annex; printed to A4 with page numbers.
  await page.goto(`/app/report?cycle=${cycleId}`);
  const report = page.locator('#compilation-report');
  await expect(report.getByRole('heading', { level: 1 })).toContainText('Compilation of information on the Plan of Action');
  await expect(report.getByTestId('document-masthead')).toContainText('Distr.: General');
  await expect(report.getByRole('heading', { name: /^A\. \(i\)\s*Obstacles faced by States/ })).toBeVisible();
  // Cabo Verde's corrected answer is published too: its strategy and event come before Benin's
  // legislation (6(h) order).
  await expect(report.getByRole('heading', { name: /^B\. \(ii\)\s*National or regional strategies/ })).toBeVisible();
  await expect(report.getByRole('heading', { name: /^C\. \(iv\)\s*Planned events/ })).toBeVisible();
  await expect(report.getByRole('heading', { name: /^D\. \(v\)\s*Examples of implementing legislation/ })).toBeVisible();
  await expect(report).toContainText('Responses by regional group');
  expectNoConfidentialText(await report.innerText());
  await a11y();
  await shot(page, 'report');
  await page.emulateMedia({ media: 'print' });
  await shot(page, 'report-print');
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const pdfPath = join(ARTEFACTS, 'secretariat-report.pdf');
  writeFileSync(pdfPath, pdf);
  if (existsSync('/usr/bin/pdftotext')) {
    const text = execFileSync('/usr/bin/pdftotext', ['-layout', pdfPath, '-']).toString();
    expect(text).toContain('Distr.: General');
    expect(text).toContain('Original: English');
    expect(text).toMatch(/Obstacles faced by States/);
    expect(text).toMatch(/Two-way table of technical assistance/);
    expect(text).toMatch(/Responses by regional group/);
    expect(text).toMatch(/\b1 ?\/ ?\d+\b/); // the page footer: "1 / N"
    expect(text).toMatch(/\b2 ?\/ ?\d+\b/);
    expectNoConfidentialText(text);
  }

  for (const c of [ben.context, cpv.context, visitor.context]) await c.close();
});

test('the Secretariat manages treaty records, accounts and the audit trail', async ({ page, signIn, a11y }) => {
  const MARK = newMark();
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

test('the Secretariat adds an organisation, then corrects its names', async ({ page, signIn, a11y }) => {
  const id = `org-${newMark().toLowerCase()}`;
  await signIn(page, 'secretariat');
  await page.goto('/app/accounts');
  const add = page.getByRole('form', { name: 'Add an organisation' });
  await add.getByLabel('Identifier').fill(id);
  await add.getByLabel('Kind of entity').selectOption('ngo');
  await add.getByLabel('Name in English').fill('Coalition for the Court');
  await add.getByLabel('Name in French').fill('Coalition pour la Cour');
  await add.getByRole('button', { name: 'Add the organisation' }).click();
  await expect(page.getByText('The organisation is added.')).toBeVisible();
  // the form is empty again, ready for the next one
  await expect(add.getByLabel('Name in English')).toHaveValue('');
  await expect(add.getByLabel('Name in French')).toHaveValue('');

  const rename = page.getByRole('form', { name: 'Correct a name' });
  await rename.getByLabel('Reporting entity').selectOption(id);
  // the entity's names as they stand, to correct rather than retype
  await expect(rename.getByLabel('Name in English')).toHaveValue('Coalition for the Court');
  await expect(rename.getByLabel('Name in French')).toHaveValue('Coalition pour la Cour');
  await rename.getByLabel('Name in French').fill('Coalition pour la Cour pénale internationale');
  await rename.getByRole('button', { name: 'Save the names' }).click();
  await expect(page.getByText('The names are corrected.')).toBeVisible();
  const entity = await page.request.get(`/api/public/entities/${id}`);
  expect(entity.status()).toBe(200);
  expect((await entity.json()).entity.names).toMatchObject({
    en: 'Coalition for the Court',
    fr: 'Coalition pour la Cour pénale internationale',
  });
  await a11y();
});

test('a focal point cannot open the Secretariat pages', async ({ page, signIn }) => {
  const workspace = await signIn(page, 'focalPointBen');
  await expect(workspace.navLink('Inbox')).toHaveCount(0);
  await expect(workspace.navLink('Accounts')).toHaveCount(0);
  await page.goto('/app/accounts');
  await expect(page.getByText('This page is not available for your role.')).toBeVisible();
});
