import { expect, test } from '../fixtures.ts';
import { waitForServiceWorkerControl } from '../support/offline.ts';

test.describe('how the one server serves the app shell and the API', () => {
  test('a deep link gets the app shell with 200, not a redirect', async ({ request }) => {
    for (const path of ['/app/drafts', '/app', '/states/BEN', '/signin']) {
      const res = await request.get(path, { maxRedirects: 0 });
      expect(res.status(), `${path} status`).toBe(200);
      expect(res.headers()['content-type'], `${path} content-type`).toMatch(/^text\/html/);
      const html = await res.text();
      expect(html, `${path} is the SvelteKit shell`).toContain('/_app/immutable/');
    }
  });

  test('the shell page itself is revalidated, hashed assets are cached as immutable', async ({ request }) => {
    const shell = await request.get('/');
    expect(shell.status()).toBe(200);
    expect(shell.headers()['cache-control'] ?? '', 'the shell must not be cached as immutable').not.toMatch(/immutable/);

    const html = await shell.text();
    const assets = [...html.matchAll(/\/_app\/immutable\/[^"'\s)]+\.(?:js|css)/g)].map((m) => m[0]);
    expect(assets.length, 'the shell references hashed assets').toBeGreaterThan(0);
    for (const asset of new Set(assets)) {
      const res = await request.get(asset);
      expect(res.status(), asset).toBe(200);
      const cacheControl = res.headers()['cache-control'] ?? '';
      expect(cacheControl, `${asset} Cache-Control`).toMatch(/\bimmutable\b/);
      expect(Number(/max-age=(\d+)/.exec(cacheControl)?.[1] ?? 0), `${asset} max-age`).toBeGreaterThanOrEqual(31_536_000);
    }
  });

  test('the service worker script is served with Cache-Control: no-cache', async ({ page, request }) => {
    await page.goto('/');
    // Ask the browser which script it registered, rather than guessing its name.
    const scriptURL = await waitForServiceWorkerControl(page);
    expect(scriptURL).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/.+\.js$/);
    const res = await request.get(new URL(scriptURL).pathname);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toMatch(/javascript/);
    expect(res.headers()['cache-control']).toMatch(/\bno-cache\b/);
    expect(await res.text()).toMatch(/precache|workbox/i);
  });

  test('an unknown API path answers the JSON error envelope with 404', async ({ request }) => {
    for (const path of ['/api/nope', '/api/nope/deeper?x=1']) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(404);
      expect(res.headers()['content-type'], path).toMatch(/^application\/json/);
      const body = await res.json();
      expect(body, path).toEqual({ error: expect.objectContaining({ code: 'not-found', message: expect.any(String) }) });
      expect(body.error.message.length, `${path} message for a person`).toBeGreaterThan(0);
    }
  });

  test('the health check answers ok', async ({ request }) => {
    const res = await request.get('/api/health');
    expect(res.status()).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
  });
});

test.describe('the shell on a phone', () => {
  for (const who of ['focalPointBen', 'secretariat'] as const) {
    test(`/app of ${who} has no horizontal scroll at 360 × 640, menu closed or open`, async ({ page, signIn }) => {
      await signIn(page, who); // at the default size: the page model looks for the email in the header
      await page.setViewportSize({ width: 360, height: 640 });
      await page.goto('/app');
      await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
      const scrollWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
      expect(await scrollWidth(), 'menu closed').toBeLessThanOrEqual(360);
      await page.getByRole('button', { name: 'Menu', exact: true }).click();
      await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
      expect(await scrollWidth(), 'menu open').toBeLessThanOrEqual(360);
      // The workspace's own menu folds too, and opens without widening the page.
      await page.getByRole('button', { name: /^Workspace menu/ }).click();
      await expect(page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Settings' })).toBeVisible();
      expect(await scrollWidth(), 'workspace menu open').toBeLessThanOrEqual(360);
    });
  }
});
