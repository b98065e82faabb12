import { expect, test } from '../fixtures.ts';
import { DraftEditorPage } from '../page-models/DraftEditorPage.ts';
import { DraftsListPage } from '../page-models/DraftsListPage.ts';

test('debug fill timing', async ({ page, signIn }) => {
  test.setTimeout(120_000);
  await signIn(page, 'focalPointBen');
  const list = await new DraftsListPage(page).goto();
  await list.create('Debug');
  const editor = new DraftEditorPage(page);
  const card = await editor.addElement('legislation');
  const description = editor.field(card, 'Description');
  for (const [label, text] of [['flat', 'y'.repeat(60_000)], ['lines', Array.from({ length: 1000 }, (_, i) => `Line ${i}`).join('\n')]] as const) {
    let t0 = Date.now();
    await page.evaluate(({ id, text }) => {
      const el = document.getElementById(id) as HTMLTextAreaElement;
      const t = performance.now();
      el.value = text;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      (window as any).__t = performance.now() - t;
    }, { id: (await description.getAttribute('id'))!, text });
    console.log(label, 'evaluate', Date.now() - t0, await page.evaluate(() => (window as any).__t));
    t0 = Date.now();
    await description.fill(text, { timeout: 60_000 });
    console.log(label, 'fill', Date.now() - t0);
  }
  await expect(editor.saveStatus).toHaveAttribute('data-state', 'saved');
});
