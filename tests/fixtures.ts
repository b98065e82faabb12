/**
 * The one fixtures file every spec imports: `import { test, expect } from '../fixtures.ts'`.
 *
 * - `baseURL`  the shared server started by global-setup.ts (so `page.goto('/signin')` and
 *              `request.get('/api/health')` reach it)
 * - `accounts` the seeded accounts: secretariat, bureau, focalPointBen, focalPointCpv
 * - `ui`       page models bound to `page` (page-models/index.ts); `pageModels(otherPage)` for others
 * - `signIn(page, who)` signs in through the real /signin page; `who` is an account name or an Account
 * - `a11y(page?)` axe check of the page as it is now (fails on serious/critical violations)
 * - `servers.start()` a fresh server of the test's own (new DATA_DIR, seeded), stopped after the test;
 *                  it can be killed, stopped and restarted mid-test
 * - `a11yAudit` (automatic) runs axe on the last page of every passing test, unless a check was already
 *              made on that URL; tag a test with annotation `{ type: 'skip-a11y-audit' }` to opt out
 */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { pageModels, type PageModels, type WorkspaceShell } from './page-models/index.ts';
import { expectNoSeriousA11yViolations, wasChecked } from './support/axe.ts';
import { readRunState, type RunState } from './support/run-state.ts';
import { TestServer, type Account, type AccountName, type Accounts, type StartOptions } from './support/server.ts';

export interface FreshServer {
  server: TestServer;
  accounts: Accounts;
  /** A browser context whose baseURL is this server. */
  context: BrowserContext;
  page: Page;
}

export interface Servers {
  /** Start a new server on a new DATA_DIR and free port; seed all accounts (or only `seed`). */
  start(options?: StartOptions & { seed?: AccountName[] }): Promise<FreshServer>;
}

interface Fixtures {
  accounts: Accounts;
  shared: RunState['server'];
  ui: PageModels;
  signIn: (page: Page, who: AccountName | Account) => Promise<WorkspaceShell>;
  a11y: (page?: Page) => Promise<void>;
  servers: Servers;
  a11yAudit: void;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern
  baseURL: async ({}, use) => {
    await use(readRunState().server.baseURL);
  },

  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern
  accounts: async ({}, use) => {
    await use(readRunState().accounts);
  },

  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern
  shared: async ({}, use) => {
    await use(readRunState().server);
  },

  ui: async ({ page }, use) => {
    await use(pageModels(page));
  },

  signIn: async ({ accounts }, use) => {
    await use(async (page, who) => {
      const account = typeof who === 'string' ? accounts[who] : who;
      const ui = pageModels(page);
      await ui.signIn.goto();
      await ui.signIn.signInAs(account);
      await ui.workspace.expectLoaded(account.email);
      return ui.workspace;
    });
  },

  a11y: async ({ page }, use, testInfo) => {
    await use((target = page) => expectNoSeriousA11yViolations(target, { testInfo }));
  },

  servers: async ({ browser }, use, testInfo) => {
    const started: FreshServer[] = [];
    await use({
      async start(options = {}) {
        const { seed, ...startOptions } = options;
        const server = await TestServer.start({ webDir: readRunState().server.webDir, ...startOptions });
        try {
          const accounts = await server.seedAccounts(seed);
          const context = await browser.newContext({ baseURL: server.baseURL, locale: 'en-GB', timezoneId: 'UTC' });
          const fresh = { server, accounts, context, page: await context.newPage() };
          started.push(fresh);
          return fresh;
        } catch (err) {
          const tail = server.tail();
          await server.dispose();
          throw new Error(`${(err as Error).message}\n${tail}`);
        }
      },
    });
    for (const { server, context } of started) {
      await context.close().catch(() => {});
      if (testInfo.status !== testInfo.expectedStatus) {
        await testInfo.attach(`server log ${server.baseURL}`, { path: server.logFile }).catch(() => {});
      }
      await server.dispose();
    }
  },

  a11yAudit: [
    async ({ page }, use, testInfo) => {
      const visited = new Set<string>();
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame() && /^https?:/.test(frame.url())) visited.add(frame.url());
      });
      await use();
      if (testInfo.status !== testInfo.expectedStatus) return;
      if (testInfo.annotations.some((a) => a.type === 'skip-a11y-audit')) return;
      if (page.isClosed() || !/^https?:/.test(page.url())) return;
      if (!wasChecked(page, page.url())) await expectNoSeriousA11yViolations(page, { testInfo });
      const unchecked = [...visited].filter((url) => !wasChecked(page, url));
      if (unchecked.length) {
        testInfo.annotations.push({ type: 'a11y-not-checked', description: unchecked.join(' ') });
      }
    },
    { auto: true },
  ],
});

export { expect, pageModels };
export type { Account, AccountName, Accounts };
