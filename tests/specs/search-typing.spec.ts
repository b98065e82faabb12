import { expect, test } from '../fixtures.ts';
import { apiAs, draftSubmission, step } from '../support/workflow-seed.ts';

/**
 * A person searches ten times in a row at typing speed, starting each query as soon as the previous
 * results appear. Whatever the page does meanwhile (a late navigation, its data loaded again), every
 * result page must match its own query: the box shows it, the address carries it, the results are its.
 */
// About twice the observed time (21 s on a busy 2-core machine).
test.describe.configure({ timeout: 60_000 });

const WORDS = ['amber', 'basalt', 'cobalt', 'damask', 'ebony', 'fennel', 'garnet', 'hazel', 'indigo', 'jasper'];

test('ten searches typed one after another each show their own results', async ({ servers }) => {
  const { server, accounts, page } = await servers.start({ seed: ['secretariat', 'focalPointBen'] });
  const base = server.baseURL;
  const [sec, ben] = await Promise.all([apiAs(base, accounts.secretariat), apiAs(base, accounts.focalPointBen)]);
  // One published element per word, so each query has exactly one result that names it.
  const s = await draftSubmission(ben, {
    entityId: 'BEN',
    cycleId: null,
    title: 'Benin',
    items: WORDS.map((word) => ({ category: 'event', title: `Seminar ${word}`, description: `A seminar called ${word}.` })),
  });
  await step(ben, s.id, 'transmit');
  await step(sec, s.id, 'publish');

  await page.goto('/search');
  const box = page.getByRole('searchbox');
  const heading = page.locator('#results-heading');
  for (const word of WORDS) {
    await box.click();
    await box.press('ControlOrMeta+a');
    await box.press('Backspace');
    await box.pressSequentially(word, { delay: 90 }); // about 130 words a minute
    // Still what was typed when Enter is pressed: nothing replaced it meanwhile.
    await expect(box).toHaveValue(word);
    await box.press('Enter');
    await expect(page).toHaveURL(new RegExp(`[?&]q=${word}(&|$)`));
    await expect(heading).toHaveText('1 result');
    await expect(page.locator('ol.hits')).toContainText(`Seminar ${word}`);
    await expect(box).toHaveValue(word);
  }
});
