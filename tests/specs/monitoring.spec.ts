import { expect, test } from '../fixtures.ts';

test('a Bureau member reads the monitoring figures as charts with tables', async ({ page, signIn, a11y }) => {
  await signIn(page, 'bureau');
  await page.goto('/app/monitoring');
  await expect(page.getByRole('heading', { level: 2, name: /States Parties to the Rome Statute over time/ })).toBeVisible();
  // The chart is drawn (Chart.js loaded on this page only) and described for screen readers.
  await expect(page.getByRole('img', { name: /States Parties to the Rome Statute over time/ })).toBeVisible();
  await expect(page.locator('canvas').first()).toBeVisible();
  // The same figures as a table: open it and read today's total.
  await page.getByText('Show the figures as a table').first().click();
  const table = page.getByRole('table').first();
  await expect(table.getByRole('columnheader', { name: 'African States' })).toBeVisible();
  const lastRow = table.getByRole('row').last();
  await expect(lastRow.getByRole('rowheader')).toHaveText(new Date().getUTCFullYear().toString());
  await a11y();
});

test('a focal point may not open the monitoring views', async ({ page, signIn }) => {
  await signIn(page, 'focalPointBen');
  const res = await page.request.get('/api/monitoring');
  expect(res.status()).toBe(403);
  // Typing the address: the workspace's "not available for your role" page, no figures, no errors.
  await page.goto('/app/monitoring');
  await expect(page.getByText('This page is not available for your role.')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
});
