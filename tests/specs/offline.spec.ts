import { expect, test } from '../fixtures.ts';
import { pageModels } from '../page-models/index.ts';
import { expectNoRawMessageKeys } from '../support/messages.ts';
import { expectApiReachable, expectApiUnreachable, waitForServiceWorkerControl } from '../support/offline.ts';

/** The workspace pages each role opens from the navigation (pages with an id in their path aside). */
const WORKSPACE_ROUTES = {
  focalPointBen: ['/app', '/app/drafts', '/app/requests', '/app/conflicts', '/app/sync', '/app/settings'],
  secretariat: [
    '/app',
    '/app/requests',
    '/app/requests/new',
    '/app/inbox',
    '/app/receive',
    '/app/monitoring',
    '/app/treaty',
    '/app/exchanges',
    '/app/report',
    '/app/accounts',
    '/app/audit',
    '/app/sync',
    '/app/settings',
  ],
} as const;

test.describe('offline: the service worker serves the app after one online visit', () => {
  test('browser offline: / and /app reload from the service worker, the user still signed in', async ({
    page,
    context,
    ui,
    signIn,
    accounts,
    a11y,
  }) => {
    await signIn(page, 'focalPointBen');
    await waitForServiceWorkerControl(page);

    await context.setOffline(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await expectApiUnreachable(page);

    const app = await page.reload();
    expect(app?.fromServiceWorker(), '/app must come from the service worker').toBe(true);
    await ui.workspace.expectLoaded(accounts.focalPointBen.email);
    await a11y();

    const home = await page.goto('/');
    expect(home?.fromServiceWorker(), '/ must come from the service worker').toBe(true);
    await ui.public.expectLoaded();
    const again = await page.reload();
    expect(again?.fromServiceWorker()).toBe(true);
    await ui.public.expectLoaded();
    await a11y();

    const deep = await page.goto('/app/drafts');
    expect(deep?.fromServiceWorker(), 'a deep link must come from the service worker').toBe(true);
    await expect(ui.workspace.nav).toBeVisible();
    await expectApiUnreachable(page);

    await context.setOffline(false);
  });

  for (const [who, language] of [
    ['focalPointBen', 'fr'],
    ['secretariat', 'en'],
  ] as const) {
    test(`every workspace route of ${who} opens offline with all its strings (${language})`, async ({ page, context, signIn }) => {
      test.slow(); // a dozen full page loads from the service worker
      await signIn(page, who);
      await waitForServiceWorkerControl(page);
      // Each route loads its feature dictionaries on demand: offline they must come from the precache.
      await page.evaluate((lang) => localStorage.setItem('clearinghouse.locale', lang), language);
      await context.setOffline(true);
      for (const path of WORKSPACE_ROUTES[who]) {
        const response = await page.goto(path);
        expect(response?.fromServiceWorker(), `${path} must come from the service worker`).toBe(true);
        await expect(page.locator('h1').first()).toBeVisible();
        await expect(page.locator('html')).toHaveAttribute('lang', language);
        await expectNoRawMessageKeys(page);
      }
      await context.setOffline(false);
    });
  }

  test('server gone: the app still opens; after a restart the session is still valid', async ({ servers, signIn, a11y }) => {
    test.slow(); // starts, kills and restarts a server of its own: ~30 s on a busy 2-core machine
    const { server, accounts, page } = await servers.start({ seed: ['focalPointCpv'] });
    const ui = pageModels(page);
    await signIn(page, accounts.focalPointCpv);
    await waitForServiceWorkerControl(page);

    await server.kill(); // SIGKILL: nothing listens on that port any more
    await expectApiUnreachable(page);

    const app = await page.reload();
    expect(app?.fromServiceWorker()).toBe(true);
    await ui.workspace.expectLoaded(accounts.focalPointCpv.email);
    await a11y(page);

    const home = await page.goto('/');
    expect(home?.fromServiceWorker()).toBe(true);
    await ui.public.expectLoaded();

    await server.restart(); // same port, same DATA_DIR
    await expectApiReachable(page);
    const me = await page.request.get('/api/auth/me');
    expect(me.status(), 'the session survives a server restart').toBe(200);
    expect((await me.json()).user.email).toBe(accounts.focalPointCpv.email);
  });
});
