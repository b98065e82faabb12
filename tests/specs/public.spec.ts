import { expect, test } from '../fixtures.ts';

/** The public clearinghouse needs no account. Headings are the English titles of each page. */
const publicPages = [
  { path: '/', name: 'home' },
  { path: '/search', name: 'search' },
  { path: '/states', name: 'States' },
  { path: '/assistance', name: 'assistance table' },
  { path: '/events', name: 'events' },
];

test.describe('public pages without signing in', () => {
  for (const { path, name } of publicPages) {
    test(`${name} (${path}) renders with its navigation and passes axe`, async ({ page, ui, a11y }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await ui.public.expectLoaded();
      await expect(page).toHaveURL(new RegExp(`${path === '/' ? '/' : path}$`));
      // Not bounced to sign in, and nothing of the workspace shows.
      await expect(ui.workspace.nav).toHaveCount(0);
      await expect(page).toHaveTitle(/\S/);
      await a11y();
    });
  }

  test('the States page lists States Parties from the fixture', async ({ page, ui }) => {
    await ui.public.goto('/states');
    await expect(page.getByRole('main').getByText('Benin', { exact: true }).first()).toBeVisible();
    await expect(page.getByRole('main').getByText('Cabo Verde', { exact: true }).first()).toBeVisible();
  });
});
