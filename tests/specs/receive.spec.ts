import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { uuidv7 } from '@clearinghouse/shared';
import type { Page } from '@playwright/test';
import { encryptExport } from '../../web/src/lib/drafts/export-crypto.ts';
import { expect, test } from '../fixtures.ts';

/**
 * Information received by other channels: the Secretariat imports a focal point's
 * exported file (twice: the second import creates nothing) and enters a submission received on paper
 * with its original document attached.
 */
const ARTEFACT = join(dirname(fileURLToPath(import.meta.url)), '..', 'artefacts', 'drafting-export.json');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * An export file as the focal point's app writes it (drafts/export-import.ts): the drafting spec's real
 * export when it exists in clear, with fresh ids so this run's server has never seen them; otherwise one built here.
 */
function exportFile(mark: string): { json: string; submissionId: string; items: number } {
  if (existsSync(ARTEFACT)) {
    let text = readFileSync(ARTEFACT, 'utf8');
    const real = JSON.parse(text) as { submissions?: { id: string }[]; items?: { id: string }[] };
    // The drafting spec's export is passphrase-protected when its drafts hold confidential parts: not usable here.
    if (real.submissions?.length === 1 && real.items && real.items.length > 0) {
      for (const { id } of [...real.submissions, ...real.items]) text = text.replaceAll(id, uuidv7());
      const file = JSON.parse(text) as { submissions: { id: string; title: string }[]; items: unknown[] };
      file.submissions[0]!.title = `Hand-over ${mark}`;
      return { json: JSON.stringify(file), submissionId: file.submissions[0]!.id, items: file.items.length };
    }
  }
  const submissionId = uuidv7();
  const hash = sha256(PDF);
  const at = new Date().toISOString();
  const items = [
    {
      id: uuidv7(),
      submissionId,
      category: 'obstacle',
      position: 'a0',
      confidential: false,
      confidentialFields: [],
      title: 'Immunity of serving officials',
      kind: 'constitutional',
      updatedAt: at,
    },
    {
      id: uuidv7(),
      submissionId,
      category: 'legislation',
      position: 'a1',
      confidential: false,
      confidentialFields: [],
      title: 'Code of criminal procedure',
      updatedAt: at,
      attachments: [{ sha256: hash, name: 'law.pdf', type: 'application/pdf', size: PDF.length }],
    },
    {
      id: uuidv7(),
      submissionId,
      category: 'strategy',
      position: 'a2',
      confidential: true,
      confidentialFields: [],
      title: 'National action plan',
      updatedAt: at,
    },
  ];
  const file = {
    format: 'clearinghouse-drafts',
    version: 1,
    exportedAt: at,
    entityId: 'BEN',
    submissions: [
      {
        id: submissionId,
        entityId: 'BEN',
        cycleId: null,
        title: `Hand-over ${mark}`,
        language: 'en',
        status: 'draft',
        createdAt: at,
        updatedAt: at,
      },
    ],
    items,
    bases: [],
    attachments: [{ sha256: hash, name: 'law.pdf', type: 'application/pdf', size: PDF.length, addedAt: at, data: PDF.toString('base64') }],
  };
  return { json: JSON.stringify(file), submissionId, items: items.length };
}

async function openReceive(page: Page) {
  await page.goto('/app/receive');
  await expect(page.getByRole('heading', { level: 1, name: 'Information received by other channels' })).toBeVisible();
}

test('the Secretariat imports a focal point’s file twice: the second time nothing is created', async ({ page, signIn, a11y }, testInfo) => {
  const mark = Date.now().toString(36);
  const { json, submissionId, items } = exportFile(mark);
  const path = testInfo.outputPath(`clearinghouse-drafts-BEN-${mark}.json`);
  writeFileSync(path, json);

  const workspace = await signIn(page, 'secretariat');
  await workspace.navLink('Received by other channels').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Information received by other channels' })).toBeVisible();

  const fileSection = page.getByRole('region', { name: 'Import a focal point’s file' });
  await fileSection.getByLabel('Exported file (.json)').setInputFiles(path);
  const preview = fileSection.getByRole('group', { name: /^Contents of / });
  await expect(preview.getByTestId('preview-entity')).toContainText('BEN');
  await expect(preview.getByText(`Hand-over ${mark}`)).toBeVisible();
  await expect(preview.getByText(`${items} elements:`)).toBeVisible();
  await expect(preview.getByRole('table', { name: 'Attached files' })).toContainText('application/pdf');
  await a11y();

  await preview.getByRole('button', { name: 'Import into the clearinghouse' }).click();
  const outcome = fileSection.getByRole('region', { name: 'The server’s answer' });
  await expect(outcome.getByTestId('created-submissions')).toHaveText('1 new submission');
  await expect(outcome.getByTestId('created-items')).toHaveText(`${items} new elements`);
  await expect(outcome.getByTestId('skipped-items')).toHaveText('No element already held');
  await expect(outcome.getByRole('link', { name: `Review “Hand-over ${mark}”` })).toHaveAttribute('href', `/app/review/${submissionId}`);

  // The same file again (picked anew, as after a second hand-over): recognised by its ids.
  await fileSection.getByLabel('Exported file (.json)').setInputFiles([]);
  await fileSection.getByLabel('Exported file (.json)').setInputFiles(path);
  await preview.getByRole('button', { name: 'Import into the clearinghouse' }).click();
  await expect(outcome.getByTestId('created-submissions')).toHaveText('No new submission');
  await expect(outcome.getByTestId('created-items')).toHaveText('No new element');
  await expect(outcome.getByTestId('skipped-submissions')).toHaveText('1 submission already held (skipped)');
  await expect(outcome.getByTestId('skipped-items')).toHaveText(`${items} elements already held (skipped)`);
  await expect(outcome.getByText('Nothing new')).toBeVisible();

  const history = await page.request.get(`/api/submissions/${submissionId}/history`);
  expect(history.status()).toBe(200);
  expect((await history.json()).versions).toHaveLength(1);
  await a11y();
});

test('a passphrase-protected export asks for its passphrase; a wrong one is said and kept for another try', async ({
  page,
  signIn,
  a11y,
}, testInfo) => {
  // PBKDF2 with 600,000 iterations, twice, on a shared machine
  test.setTimeout(120_000);
  const mark = Date.now().toString(36);
  const { json, submissionId, items } = exportFile(mark);
  // Sealed by the app's own export code, exactly as Settings and sign-out write it.
  const path = testInfo.outputPath(`clearinghouse-drafts-BEN-${mark}.json`);
  writeFileSync(path, await encryptExport(json, 'harbour lights at nine'));

  await signIn(page, 'secretariat');
  await openReceive(page);
  const fileSection = page.getByRole('region', { name: 'Import a focal point’s file' });
  await fileSection.getByLabel('Exported file (.json)').setInputFiles(path);
  const passphrase = fileSection.getByLabel('This file is protected: its passphrase');
  await expect(passphrase).toBeFocused();
  await expect(fileSection.getByRole('alert')).toHaveCount(0);

  await page.keyboard.type('harbour lights at ten');
  await page.keyboard.press('Enter');
  await expect(fileSection.getByRole('alert')).toContainText('This passphrase does not open the file. Nothing was imported.');
  await expect(passphrase).toHaveAttribute('aria-invalid', 'true');
  await a11y();

  // The wrong passphrase is selected: typing replaces it, and the file is still there to open.
  await page.keyboard.type('harbour lights at nine');
  await fileSection.getByRole('button', { name: 'Open the file' }).click();
  const preview = fileSection.getByRole('group', { name: /^Contents of / });
  await expect(preview.getByText(`Hand-over ${mark}`)).toBeVisible();
  await expect(passphrase).toHaveCount(0);
  await preview.getByRole('button', { name: 'Import into the clearinghouse' }).click();
  const outcome = fileSection.getByRole('region', { name: 'The server’s answer' });
  await expect(outcome.getByTestId('created-submissions')).toHaveText('1 new submission');
  await expect(outcome.getByTestId('created-items')).toHaveText(`${items} new elements`);
  await page.screenshot({ path: testInfo.outputPath('receive-encrypted.png') });
  const history = await page.request.get(`/api/submissions/${submissionId}/history`);
  expect(history.status()).toBe(200);
});

test('a file that is not an export, and invalid records, are refused with reasons', async ({ page, signIn }, testInfo) => {
  await signIn(page, 'secretariat');
  await openReceive(page);
  const fileSection = page.getByRole('region', { name: 'Import a focal point’s file' });
  const notExport = testInfo.outputPath('notes.json');
  writeFileSync(notExport, '{"hello":1}');
  await fileSection.getByLabel('Exported file (.json)').setInputFiles(notExport);
  await expect(fileSection.getByRole('alert')).toContainText('“notes.json” is not a file exported by the clearinghouse app');

  const bad = testInfo.outputPath('bad.json');
  const submissionId = uuidv7();
  writeFileSync(
    bad,
    JSON.stringify({
      format: 'clearinghouse-drafts',
      version: 1,
      exportedAt: new Date().toISOString(),
      entityId: 'BEN',
      submissions: [{ id: submissionId, entityId: 'BEN' }],
      items: [{ id: uuidv7(), submissionId, category: 'nonsense' }],
      bases: [],
      attachments: [],
    }),
  );
  await fileSection.getByLabel('Exported file (.json)').setInputFiles(bad);
  await fileSection.getByRole('button', { name: 'Import into the clearinghouse' }).click();
  const alert = fileSection.getByRole('alert');
  await expect(alert).toContainText('Nothing was imported');
  await expect(alert).toContainText('items[0].category');
});

test('the Secretariat enters a submission received on paper with its original PDF', async ({ page, signIn, a11y }) => {
  const title = `Note verbale ${Date.now().toString(36)}`;
  await signIn(page, 'secretariat');
  await page.setViewportSize({ width: 360, height: 640 });
  await openReceive(page);
  const paper = page.getByRole('region', { name: 'Enter a submission received on paper' });

  // Nothing chosen yet: the problems are named.
  await paper.getByRole('button', { name: 'Record the submission' }).click();
  await expect(paper.getByRole('alert')).toContainText('choose the entity the submission comes from');

  await paper.getByLabel('Reporting entity').selectOption('BEN');
  await paper.getByLabel('Title of the submission').fill(title);
  await paper.getByLabel('Language of the document').selectOption('fr');
  const first = paper.getByRole('group', { name: 'Element 1' });
  await first.getByLabel('Category').selectOption('legislation');
  await first.getByLabel('Title').fill('Loi portant code pénal');
  await first.getByLabel('Description').fill('Articles 1 to 12 implement the crimes of the Statute.');
  await paper.getByRole('button', { name: 'Add an element' }).click();
  const second = paper.getByRole('group', { name: 'Element 2' });
  await second.getByLabel('Category').selectOption('obstacle');
  await second.getByLabel('Title').fill('Immunités des hauts responsables');
  await second.getByLabel('Confidential element: never published').check();
  await paper.getByLabel(/^Original document/).setInputFiles({ name: 'note-verbale.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(paper.getByTestId('paper-original')).toContainText('note-verbale.pdf');
  // Usable at 360 px: nothing of this page's content, nor the shell around it, sticks out.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const wide = await page.evaluate(() =>
    Array.from(document.querySelectorAll('.workspace-content *'))
      .filter((e) => e.getBoundingClientRect().right > 360.5)
      .map((e) => `${e.tagName}#${e.id}`),
  );
  expect(wide).toEqual([]);
  await a11y();

  await paper.getByRole('button', { name: 'Record the submission' }).click();
  const outcome = paper.getByRole('region', { name: 'Submission recorded' });
  await expect(outcome.getByTestId('created-submissions')).toHaveText('1 new submission');
  await expect(outcome.getByTestId('created-items')).toHaveText('2 new elements');
  await expect(outcome.getByText('1 file stored')).toBeVisible();
  const link = outcome.getByRole('link', { name: `Review “${title}”` });
  const href = await link.getAttribute('href');
  const id = /\/app\/review\/([0-9a-f-]{36})$/.exec(href ?? '')?.[1];
  expect(id, href ?? '').toBeTruthy();
  // The form starts empty again, so sending it twice cannot duplicate the submission.
  await expect(paper.getByLabel('Title of the submission')).toHaveValue('');

  const history = await page.request.get(`/api/submissions/${id}/history`);
  expect(history.status()).toBe(200);
  expect((await history.json()).versions[0]).toMatchObject({ status: 'transmitted', title });
  const blob = await page.request.get(`/api/blobs/${sha256(PDF)}`);
  expect(blob.status()).toBe(200);
  expect(Buffer.from(await blob.body()).equals(PDF)).toBe(true);

  await page.setViewportSize({ width: 1366, height: 768 });
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/app/review/${id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title, { timeout: 15_000 });
});
