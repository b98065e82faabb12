/**
 * Print / Save as PDF of a draft, as a focal point does to send it with a note verbale: the paper holds
 * the document alone (no workspace menu, no sync box, no editor), across the A4 text width, with page
 * numbers. The PDF is Chromium's own (`page.pdf`, the engine behind "Save as PDF"); it is kept under
 * tests/artefacts/print/ with a PNG of each page, to be looked at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../fixtures.ts';
import { DraftEditorPage } from '../page-models/DraftEditorPage.ts';
import { DraftsListPage } from '../page-models/DraftsListPage.ts';
import { pdfPageCount, pdfTextBlock, popplerAvailable } from '../support/pdf.ts';

const ARTEFACTS = join(import.meta.dirname, '..', 'artefacts', 'print');
const A4_WIDTH_PT = 595.28;
/** The formal documents' @page margins (web/src/lib/formal/numbered-pages.css: 18 mm on each side). */
const SIDE_MARGIN_PT = (18 / 25.4) * 72;
const NARRATIVE = Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1}. `.padEnd(420, 'The implementing act provides for cooperation. '))
  .join('\n')
  .trim();

test('a printed draft of five elements: the document alone, across the A4 text width, with page numbers', async ({ page, signIn }) => {
  test.setTimeout(120_000);
  await signIn(page, 'focalPointBen');
  await (await new DraftsListPage(page).goto()).create(`Printed report ${Date.now()}`);
  const editor = new DraftEditorPage(page);
  await editor.expectLoaded();
  await editor.addElementWith('obstacle', { Title: 'Immunity of serving officials', Description: NARRATIVE });
  const strategy = await editor.addElementWith('strategy', { Title: 'National action plan on cooperation' });
  await editor.markElementConfidential(strategy);
  await editor.addElementWith('event', { Title: 'Seminar for judges', Place: 'Cotonou', 'Start date': '2026-03-02' });
  await editor.addElementWith('legislation', { Title: 'Act 2026-14 on cooperation with the ICC', Description: NARRATIVE });
  await editor.addElementWith('focal_point', { Title: 'Ministry of Justice focal point', 'Email address': 'focal@justice.example.bj' });
  await editor.expectSaved();

  // What the print media shows: the document, and nothing of the workspace around it.
  await page.emulateMedia({ media: 'print' });
  const document = page.locator('.print-document');
  await expect(document).toBeVisible();
  await expect(document.getByRole('heading', { level: 3 })).toHaveCount(5);
  for (const chrome of [
    page.getByTestId('sync-indicator'),
    page.getByRole('navigation', { name: 'Workspace' }),
    page.getByRole('button', { name: 'Sign out', exact: true }),
    editor.title,
    page.locator('.site-footer'),
  ]) {
    await expect.soft(chrome).toBeHidden();
  }
  // In Chromium's print layout (wider than the paper, then scaled) the document spans the page, not a column.
  await page.setViewportSize({ width: 900, height: 1200 });
  const box = await document.boundingBox();
  const main = await page.locator('main').evaluate((el) => {
    const style = getComputedStyle(el);
    return el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  });
  expect.soft(box!.width / main, `document ${box!.width}px wide in a ${main}px page`).toBeGreaterThanOrEqual(0.8);
  await page.emulateMedia({ media: null });
  await page.setViewportSize({ width: 1280, height: 720 });

  const pdf = await page.pdf({ format: 'A4' });
  mkdirSync(ARTEFACTS, { recursive: true });
  const file = join(ARTEFACTS, 'draft.pdf');
  writeFileSync(file, pdf);
  const pages = pdfPageCount(pdf);
  console.log(`printed: ${pages} A4 pages`);
  // Five elements with two long narratives: a few pages (the squeezed column made 43 of such a draft).
  expect(pages).toBeGreaterThanOrEqual(1);
  expect.soft(pages).toBeLessThanOrEqual(4);

  expect(popplerAvailable(), 'install poppler-utils (pdftotext, pdftoppm), as .ci/run does').toBe(true);
  execFileSync('pdftoppm', ['-png', '-r', '60', file, join(ARTEFACTS, 'page')]);
  const printable = A4_WIDTH_PT - 2 * SIDE_MARGIN_PT;
  const block = pdfTextBlock(file, 1);
  expect.soft(block.width / printable, `text from ${block.left} to ${block.right} pt`).toBeGreaterThanOrEqual(0.8);
  expect(block.text).not.toMatch(/Sync now|Last synced|Workspace|Sign out/);
  // Page numbers: "1 / N" at the foot of the first page.
  expect(block.text).toContain(`1 / ${pages}`);
  // Dates as a document writes them, whatever the browser's region: never ISO, never "March 2, 2026".
  const whole = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(whole).toContain('2 March 2026');
  expect(whole).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
});

test('Print right after typing prints what was just typed', async ({ page, signIn }) => {
  await signIn(page, 'focalPointBen');
  await (await new DraftsListPage(page).goto()).create(`Printed at once ${Date.now()}`);
  const editor = new DraftEditorPage(page);
  await editor.expectLoaded();
  const card = await editor.addElement('legislation');
  // The print dialog cannot be driven here: record what the printed document holds when it opens.
  await page.evaluate(() => {
    (window as unknown as { printed: string[] }).printed = [];
    window.print = () =>
      (window as unknown as { printed: string[] }).printed.push(document.querySelector('.print-document')?.textContent ?? '');
  });
  await card.getByLabel('Title', { exact: true }).click();
  await page.keyboard.type('Act 2026-15 on cooperation', { delay: 10 });
  // At once, with the keyboard, as a hurried person does: no pause for the editor to catch up.
  await page.keyboard.press('Shift+Tab');
  await page.getByRole('button', { name: 'Print or save as PDF' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: string[] }).printed.length)).toBe(1);
  expect(await page.evaluate(() => (window as unknown as { printed: string[] }).printed[0])).toContain('Act 2026-15 on cooperation');
});
