import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures.ts';
import { popplerAvailable } from '../support/pdf.ts';
import { apiAs, issueRequest } from '../support/workflow-seed.ts';

/**
 * Requests written in the Assembly's languages and read in the reader's own (or by the fallback
 * chain), and the formal documents in one chosen language: the compilation report with symbol,
 * distribution, date, "Original:" line and numbered paragraphs, and the reminder as a note verbale,
 * both printed to PDF and read back.
 */
const ARTEFACTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'artefacts', 'formal');
mkdirSync(ARTEFACTS, { recursive: true });
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;

const useLanguage = (page: Page, language: string) => page.evaluate((l) => localStorage.setItem('clearinghouse.locale', l), language);

test('a request is issued in three languages and each focal point reads it in theirs, or by the fallback chain', async ({
  page,
  browser,
  signIn,
  accounts,
  ui,
  a11y,
}) => {
  test.setTimeout(180_000);
  const mark = Date.now().toString(36);
  const reference = `ICC-ASP/LANG/${mark}`;
  await signIn(page, 'secretariat');
  await page.goto('/app/requests/new');
  await page.getByLabel('Reference').fill(reference);
  await page.getByLabel('Deadline').fill('2099-10-30');
  await page.getByLabel('Title (English)').fill(`Request for information ${mark}`);
  await page.getByLabel('Title (French)').fill(`Demande d’informations ${mark}`);
  await page.getByLabel('Text of the request (English)').fill('The Secretariat requests information under paragraph 6(h).');
  await page
    .getByLabel('Text of the request (French)')
    .fill('Le Secrétariat demande des informations au titre de l’alinéa h) du paragraphe 6.');
  // Spanish forgotten: the form names both missing fields and sends nothing.
  await page.getByRole('button', { name: 'Issue the request' }).click();
  const problems = page.getByRole('alert');
  await expect(problems).toContainText('The title in Spanish is missing.');
  await expect(problems).toContainText('The text of the request in Spanish is missing.');
  await expect(page.getByLabel('Title (Spanish)')).toHaveAttribute('aria-invalid', 'true');
  await a11y();
  await page.screenshot({ path: join(ARTEFACTS, 'request-form-missing-spanish.png'), fullPage: true });
  await page.getByLabel('Title (Spanish)').fill(`Solicitud de información ${mark}`);
  await page
    .getByLabel('Text of the request (Spanish)')
    .fill('La Secretaría solicita información en virtud del apartado h) del párrafo 6.');
  await page.getByRole('button', { name: 'Issue the request' }).click();
  await expect(page.getByRole('heading', { level: 1, name: reference })).toBeVisible();
  const cycleId = new URL(page.url()).pathname.split('/').pop()!;
  await page.screenshot({ path: join(ARTEFACTS, 'request-secretariat-en.png'), fullPage: true });

  // A focal point of Benin (all States Parties are addressed) reads it in Spanish…
  const context = await browser.newContext();
  const reader = await context.newPage();
  await signIn(reader, accounts.focalPointBen);
  await useLanguage(reader, 'es');
  await reader.goto(`/app/requests/${cycleId}`);
  await expect(reader.getByTestId('request-title')).toHaveText(`Solicitud de información ${mark}`);
  await expect(reader.getByTestId('request-title')).toHaveAttribute('lang', 'es');
  await expect(reader.getByTestId('request-text')).toHaveText(
    'La Secretaría solicita información en virtud del apartado h) del párrafo 6.',
  );
  await expect(reader.getByRole('note')).toHaveCount(0);
  await reader.screenshot({ path: join(ARTEFACTS, 'request-focal-point-es.png'), fullPage: true });

  // …and in Arabic, which the request does not have: English, and a note that says so.
  await useLanguage(reader, 'ar');
  await reader.goto(`/app/requests/${cycleId}`);
  await expect(reader.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(reader.getByTestId('request-title')).toHaveText(`Request for information ${mark}`);
  await expect(reader.getByTestId('request-title')).toHaveAttribute('lang', 'en');
  await expect(reader.getByTestId('request-text')).toHaveText('The Secretariat requests information under paragraph 6(h).');
  await expect(reader.getByRole('note')).toContainText('العربية');
  await a11y(reader);
  await reader.screenshot({ path: join(ARTEFACTS, 'request-focal-point-ar.png'), fullPage: true });
  await context.close();
  void ui;
});

/** Prints the page to A4 and returns the PDF's text (pdftotext), keeping the file and its first page as PNG. */
async function printed(page: Page, name: string): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const file = join(ARTEFACTS, `${name}.pdf`);
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, join(ARTEFACTS, name)]);
  // one space for any run of spaces and line ends: a phrase may wrap anywhere on the page
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/gu, ' ');
}

test('the report and the reminder print in French and in Spanish as the Assembly writes them', async ({
  page,
  signIn,
  accounts,
  baseURL,
}) => {
  // Reading the PDF is the point of this test: without pdftotext it fails rather than skips (.ci/run installs it).
  expect(popplerAvailable(), 'install poppler-utils (pdftotext), as .ci/run does').toBe(true);
  test.setTimeout(240_000);
  const mark = Date.now().toString(36);
  const reference = `ICC-ASP/25/SP/${mark}`;
  const sec = await apiAs(baseURL!, accounts.secretariat);
  const cycleId = await issueRequest(sec, { reference, title: 'Plan of Action', deadlineInDays: 20, addressees: ['BEN', 'CPV'] });
  await sec.dispose();

  await signIn(page, 'secretariat');
  await page.goto(`/app/report?cycle=${cycleId}`);
  const report = page.locator('#compilation-report');
  await expect(report.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
  await page.getByLabel('Document symbol').fill('ICC-ASP/25/12');
  await page.getByLabel('Date of the document').fill('2026-02-01');

  await page.getByLabel('Language of the document').selectOption('fr');
  await expect(report).toHaveAttribute('lang', 'fr');
  await expect(report.getByTestId('document-masthead')).toContainText('1er février 2026');
  await expect(report.getByTestId('document-masthead')).toContainText('Distr.\u202f: générale');
  await expect(report.getByRole('heading', { name: /^I\. Introduction/ })).toBeVisible();
  // one language only: no English heading beside the French one
  await expect(report).not.toContainText('Note by the Secretariat');
  const french = await printed(page, 'report-fr');
  expect(french).toContain('ICC-ASP/25/12');
  expect(french).toMatch(/Original\s?:\s?français/u);
  expect(french).toMatch(/ 1\. Par la note verbale ICC-ASP\/25\/SP\/\w+ du \d{1,2}(er)? \p{L}+ \d{4}, /u);
  expect(french).toMatch(/ 5\. Selon les données conventionnelles arrêtées au 3 décembre 2026, \d+ États sont parties au Statut de Rome/u);
  expect(french).toContain('1er février 2026');
  expect(french).not.toMatch(ISO_DATE);

  await page.getByLabel('Language of the document').selectOption('es');
  await expect(report).toHaveAttribute('lang', 'es');
  await expect(report.getByTestId('document-masthead')).toContainText('1 de febrero de 2026');
  const spanish = await printed(page, 'report-es');
  expect(spanish).toContain('ICC-ASP/25/12');
  expect(spanish).toContain('Distr.: general');
  expect(spanish).toMatch(/Original:\s?español/u);
  expect(spanish).toMatch(/ 1\. Mediante la nota verbal ICC-ASP\/25\/SP\/\w+ de fecha \d{1,2} de [a-z]+ de \d{4}, /u);
  expect(spanish).not.toMatch(ISO_DATE);

  // The reminder: a note verbale to the two addressees that have not answered.
  await page.goto(`/app/requests/${cycleId}/tracking`);
  await page.getByRole('link', { name: 'Reminder (note verbale)' }).click();
  const note = page.locator('#note-verbale');
  await expect(note).toBeVisible({ timeout: 30_000 });
  await page.getByLabel('Date of the document').fill('2026-02-01');
  await page.getByLabel('Language of the document').selectOption('fr');
  await expect(note).toContainText('présente ses compliments aux Missions permanentes et organisations concernées');
  const noteFr = await printed(page, 'reminder-fr');
  expect(noteFr).toMatch(/Référence\s?:\s?ICC-ASP\/25\/SP\//u);
  expect(noteFr).toContain('La Haye, le 1er février 2026');
  expect(noteFr).toMatch(/Bénin/u);
  expect(noteFr).toMatch(/Cabo Verde/u);
  expect(noteFr).not.toMatch(ISO_DATE);

  await page.getByLabel('Language of the document').selectOption('es');
  await expect(note).toContainText('saluda atentamente a las Misiones Permanentes y organizaciones interesadas');
  const noteEs = await printed(page, 'reminder-es');
  expect(noteEs).toContain('La Haya, 1 de febrero de 2026');
  expect(noteEs).toMatch(/al 1 de febrero de 2026, aún no ha recibido/u);
  expect(noteEs).toContain('las seguridades de su más alta consideración');
  expect(noteEs).not.toMatch(ISO_DATE);
});

test('in an Arabic interface the report and the reminder, written in French, still read left to right', async ({
  page,
  signIn,
  accounts,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const sec = await apiAs(baseURL!, accounts.secretariat);
  const cycleId = await issueRequest(sec, {
    reference: `ICC-ASP/RTL/${Date.now().toString(36)}`,
    title: 'Plan of Action',
    deadlineInDays: 20,
    addressees: ['BEN'],
  });
  await sec.dispose();
  await signIn(page, 'secretariat');
  await useLanguage(page, 'ar');

  await page.goto(`/app/report?cycle=${cycleId}`);
  const report = page.locator('#compilation-report');
  await expect(report.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.locator('#doc-language').selectOption('fr');
  await expect(report).toHaveAttribute('lang', 'fr');
  await expect(report).toHaveCSS('direction', 'ltr');
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: join(ARTEFACTS, 'report-fr-in-arabic-interface.png') });
  await page.emulateMedia({ media: 'screen' });

  await page.goto(`/app/requests/${cycleId}/reminder`);
  const note = page.locator('#note-verbale');
  await expect(note).toBeVisible({ timeout: 30_000 });
  await page.locator('#doc-language').selectOption('fr');
  await expect(note).toHaveCSS('direction', 'ltr');
  await page.screenshot({ path: join(ARTEFACTS, 'reminder-fr-in-arabic-interface.png'), fullPage: true });
});
