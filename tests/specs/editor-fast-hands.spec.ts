/**
 * The editor under fast hands: every edit of a save window survives an invalid neighbour, quick ticks
 * all count, Undo after Delete really restores, and focus lands where the person's next keystroke goes.
 * Each test fails on the editor as it was before these rules (see the assertions' comments).
 */
import { expect, test } from '../fixtures.ts';
import { DraftEditorPage } from '../page-models/DraftEditorPage.ts';
import { DraftsListPage } from '../page-models/DraftsListPage.ts';

test.describe('editor under fast hands', () => {
  test.beforeEach(async ({ page, signIn }) => {
    await signIn(page, 'focalPointBen');
    await new DraftsListPage(page).goto();
    await new DraftsListPage(page).create(`Fast hands ${Date.now()}`);
    await new DraftEditorPage(page).expectLoaded();
  });

  test('an article range typed right after choosing a Status: both kept, nothing internal shown', async ({ page }) => {
    const editor = new DraftEditorPage(page);
    const card = await editor.addElement('legislation');
    await editor.field(card, 'Title').fill('Cooperation Act');
    await editor.field(card, 'Status').selectOption('in_force');
    await editor.field(card, 'Rome Statute articles covered').pressSequentially('86-102, 8bis, Part 9', { delay: 5 });
    await editor.field(card, 'Citation').fill('Act 2026-14');
    await expect(card.locator('[data-refused]')).toContainText('range goes from the lower to the higher article');
    await expect(card).not.toContainText('articlesCovered');
    await editor.expectSaved();

    await page.reload();
    await editor.expectLoaded();
    const again = await editor.open(editor.cards('legislation').first());
    // Before: the whole save window was refused, and Status came back empty.
    await expect(editor.field(again, 'Status')).toHaveValue('in_force');
    await expect(editor.field(again, 'Citation')).toHaveValue('Act 2026-14');
    // The refused text is still there exactly as typed, with a plain-language message.
    await expect(editor.field(again, 'Rome Statute articles covered')).toHaveValue('86-102, 8bis, Part 9');
    await expect(again.locator('[data-refused]')).toBeVisible();
    await expect(editor.saveStatus).toContainText('1 field to correct');

    // Corrected: accepted (a range is a valid entry), and the message goes.
    await editor.field(again, 'Rome Statute articles covered').fill('86-102, 8bis');
    await expect(again.locator('[data-refused]')).toHaveCount(0);
    await editor.expectSaved();
    await page.reload();
    const last = await editor.open(editor.cards('legislation').first());
    await expect(editor.field(last, 'Rome Statute articles covered')).toHaveValue('86-102, 8bis');
  });

  test('text typed just before a reload is kept: the reload does not wait for the save', async ({ page }) => {
    const editor = new DraftEditorPage(page);
    const card = await editor.addElement('legislation');
    await editor.field(card, 'Title').fill('Cooperation Act');
    await editor.expectSaved();
    // Typed and reloaded at once, as a person pressing F5 or closing the tab mid-word: the last keys
    // are still in the autosave window. Before, the reload cut their write short and they were lost.
    await editor.field(card, 'Title').pressSequentially(' of 2026, as amended', { delay: 0 });
    await editor.title.focus();
    await editor.title.press('End');
    await editor.title.pressSequentially(' (second reading)', { delay: 0 });
    await page.reload();
    await editor.expectLoaded();
    await expect(editor.title).toHaveValue(/\(second reading\)$/);
    const again = await editor.open(editor.cards('legislation').first());
    await expect(editor.field(again, 'Title')).toHaveValue('Cooperation Act of 2026, as amended');
    // Kept once: a second reload shows the same, and the page says it is saved.
    await editor.expectSaved();
    await page.reload();
    await expect(editor.field(await editor.open(editor.cards('legislation').first()), 'Title')).toHaveValue(
      'Cooperation Act of 2026, as amended',
    );
  });

  test('typing is saved by the autosave worker; a slow save says "Saving…", the count follows the text', async ({ page }) => {
    const editor = new DraftEditorPage(page);
    const card = await editor.addElement('legislation');
    const id = await card.getAttribute('data-item-id');
    const description = editor.field(card, 'Description');
    const count = description.locator('xpath=following-sibling::span[contains(@class, "count")]');
    await description.pressSequentially('Quick keys', { delay: 10 });
    await editor.expectSaved();
    await expect(count).toHaveText('10 characters');
    // The saves ran in the autosave's worker, not on the page's thread.
    expect(page.workers().map((w) => w.url())).toEqual([expect.stringMatching(/save-worker[^/]*\.js$/)]);

    // The page holds the element's store with a read-write transaction (another tab, a busy disk): the
    // worker's save waits, and after a moment the status says so; never "Saved" while it waits.
    await page.evaluate(
      (itemId) =>
        new Promise<void>((started) => {
          const open = indexedDB.open('clearinghouse');
          open.onsuccess = () => {
            const w = window as unknown as { __hold?: boolean };
            const store = open.result.transaction('items', 'readwrite').objectStore('items');
            w.__hold = true;
            const read = () => (store.get(itemId!).onsuccess = () => (w.__hold ? read() : open.result.close()));
            read();
            started();
          };
        }),
      id,
    );
    await description.pressSequentially(' and more', { delay: 10 });
    await expect(editor.saveStatus).toHaveAttribute('data-state', 'saving');
    await expect(editor.saveStatus).toContainText('Saving');
    await expect(count).toHaveText('19 characters');
    await page.evaluate(() => ((window as unknown as { __hold?: boolean }).__hold = false));
    await editor.expectSaved();
    await expect(editor.saveStatus).toContainText('Saved on this device');

    await page.reload();
    await editor.expectLoaded();
    const again = await editor.open(editor.cards('legislation').first());
    await expect(editor.field(again, 'Description')).toHaveValue('Quick keys and more');
  });

  test('three boxes ticked in quick succession are all kept after reload', async ({ page }) => {
    const editor = new DraftEditorPage(page);
    const card = await editor.addElement('assistance');
    await editor.field(card, 'Title').fill('Training of prosecutors');
    const forms = card.getByRole('group', { name: 'Forms of assistance' });
    for (const option of ['Experts', 'Training', 'Funding']) await forms.getByLabel(option).check();
    await card.getByLabel('Keep this field confidential: Title').check();
    await card.getByLabel('Keep this field confidential: Description').check();
    await editor.expectSaved();
    await page.reload();
    const again = await editor.open(editor.cards('assistance').first());
    const formsAgain = again.getByRole('group', { name: 'Forms of assistance' });
    for (const option of ['Experts', 'Training', 'Funding']) await expect(formsAgain.getByLabel(option)).toBeChecked();
    await expect(again.getByLabel('Keep this field confidential: Title')).toBeChecked();
    await expect(again.getByLabel('Keep this field confidential: Description')).toBeChecked();
  });

  test('a box ticked and unticked at once, among other quick ticks, ends as the person left it', async ({ page }) => {
    const editor = new DraftEditorPage(page);
    const card = await editor.addElement('assistance');
    await editor.field(card, 'Title').fill('Materials for the library');
    const forms = card.getByRole('group', { name: 'Forms of assistance' });
    // Clicks with no pause: the echo of one write arrives between the next two (a double tap on a phone).
    for (const option of ['Training', 'Materials', 'Materials', 'Experts']) await forms.getByLabel(option).click();
    await expect(forms.getByLabel('Materials')).not.toBeChecked();
    await editor.expectSaved();
    await page.reload();
    const formsAgain = (await editor.open(editor.cards('assistance').first())).getByRole('group', { name: 'Forms of assistance' });
    await expect(formsAgain.getByLabel('Training')).toBeChecked();
    await expect(formsAgain.getByLabel('Experts')).toBeChecked();
    await expect(formsAgain.getByLabel('Materials')).not.toBeChecked();
  });

  test('Undo after Delete restores the element, also after reload, and focus returns to it', async ({ page }) => {
    const editor = new DraftEditorPage(page);
    const card = await editor.addElementWith('event', { Title: 'Seminar for judges', Place: 'Cotonou' });
    await card
      .getByRole('group', { name: /Actions for/ })
      .getByRole('button', { name: 'Delete' })
      .click();
    await expect(editor.cards('event')).toHaveCount(0);
    await expect(page.locator('#undo-button')).toBeFocused();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.keyboard.press('Enter');
    await expect(editor.cards('event')).toHaveCount(1);
    await expect(editor.cards('event').first().locator('header [aria-expanded]')).toBeFocused();
    expect(errors).toEqual([]);
    await page.reload();
    await editor.expectLoaded();
    await expect(editor.cards('event')).toHaveCount(1);
    const again = await editor.open(editor.cards('event').first());
    await expect(editor.field(again, 'Title')).toHaveValue('Seminar for judges');
    await expect(editor.field(again, 'Place')).toHaveValue('Cotonou');
  });

  test('"+ Add an element" puts focus in the new title: typing with spaces adds no empty element', async ({ page }) => {
    const editor = new DraftEditorPage(page);
    await page.locator('[data-add="event"]').focus();
    await page.keyboard.press('Enter');
    await expect(editor.cards('event')).toHaveCount(1);
    await page.keyboard.type('Outreach day in Porto Novo', { delay: 20 });
    await expect(editor.cards('event')).toHaveCount(1);
    await expect(editor.field(editor.cards('event').first(), 'Title')).toHaveValue('Outreach day in Porto Novo');
  });

  test('an event ending before it starts is flagged on the field and blocks transmission', async ({ page }) => {
    const editor = new DraftEditorPage(page);
    const card = await editor.addElementWith('event', { Title: 'Seminar', 'Start date': '2026-05-10', 'End date': '2026-05-02' });
    await expect(card.getByText('End date is before Start date')).toBeVisible();
    await expect(editor.transmitPanel).toContainText('dates out of order');
    await expect(editor.transmitPanel.getByRole('button', { name: 'Transmit…' })).toHaveCount(0);
    await editor.field(card, 'End date').fill('2026-05-12');
    await expect(card.getByText('End date is before Start date')).toHaveCount(0);
    await expect(editor.transmitPanel.getByRole('button', { name: 'Transmit…' })).toBeVisible();
  });
});
