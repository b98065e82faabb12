import { expect, test } from '../fixtures.ts';
import { measureFirstLoad } from '../support/first-load.ts';

/**
 * Sizes are deterministic for a given build, so a hard ceiling is a fair test (the targets themselves,
 * 75 KiB and at most 20 requests, are reported by `pnpm bench`), gzip. The home page must stay under
 * 80 KiB until the network is idle (it is at ~70). The first workspace route must paint with under
 * 80 KiB (it is at ~63): Dexie and the sync engine are fetched after its first paint
 * (docs/performance.md), and everything it loads until the network is idle, those included, stays
 * under 97 KiB (it is at ~95: docs/performance.md, "Round 6 (first load of /app)").
 */
const CEILING = 80 * 1024;
const WORKSPACE_PAINT_CEILING = 80 * 1024;
// Everything until the network is idle (Dexie and the sync engine arrive after the paint): what round 6
// reached (95.0 KiB) and 2 KiB of margin, under the 100; the paint itself is held at 80 above.
const WORKSPACE_CEILING = 97 * 1024;

test('the first workspace route paints with under 80 KiB of JavaScript (gzip) and loads under 97 KiB until idle, Dexie and the sync engine included', async ({
  browser,
  accounts,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  const login = await context.request.post('/api/auth/login', {
    data: { email: accounts.focalPointBen.email, password: accounts.focalPointBen.password },
    headers: { origin: baseURL! },
  });
  expect(login.ok()).toBe(true);
  const page = await context.newPage();
  const sessionChecks: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/auth/me') sessionChecks.push(request.url());
  });
  const size = await measureFirstLoad(page, '/app');
  await expect(page.getByRole('navigation').first()).toBeVisible();
  // No user cached yet: the workspace asks the server who is signed in, once (not again on mount).
  expect(sessionChecks).toHaveLength(1);
  test
    .info()
    .annotations.push({ type: 'first-load', description: `${(size.jsGzip / 1024).toFixed(1)} KiB JS gzip in ${size.files} files` });
  expect(size.jsGzip).toBeGreaterThan(10 * 1024); // it measured something real
  expect(size.jsGzip).toBeLessThan(WORKSPACE_CEILING);
  // The workspace marks when its deferred work starts; what it asked for before that is its first paint.
  expect(size.beforePaint, 'the workspace marks its first paint').not.toBeNull();
  test.info().annotations.push({
    type: 'first-paint',
    description: `${(size.beforePaint!.jsGzip / 1024).toFixed(1)} KiB JS gzip in ${size.beforePaint!.files} files`,
  });
  expect(size.beforePaint!.jsGzip).toBeGreaterThan(10 * 1024);
  expect(size.beforePaint!.jsGzip).toBeLessThan(WORKSPACE_PAINT_CEILING);
  // Deferred, not dropped: the sync still starts by itself on the first visit.
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'up-to-date');
  await context.close();
});

test('the home page stays under 80 KiB of JavaScript (gzip)', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  const page = await context.newPage();
  const size = await measureFirstLoad(page, '/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  test
    .info()
    .annotations.push({ type: 'first-load', description: `${(size.jsGzip / 1024).toFixed(1)} KiB JS gzip in ${size.files} files` });
  expect(size.jsGzip).toBeGreaterThan(10 * 1024);
  expect(size.jsGzip).toBeLessThan(CEILING);
  await context.close();
});
