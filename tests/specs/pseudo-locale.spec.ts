/**
 * Every page, in the pseudo language (every message accented, 40 % longer, bracketed ⟦…⟧: see
 * web/src/lib/i18n/pseudo.ts), on a 360 px phone, as each role that may open it: no text outside the
 * message catalogue (support/layout-checks.ts says exactly what counts as data), no horizontal scroll,
 * no clipped text, no text over other text. The pages come from the route folders, so a page added
 * without an entry here fails this spec until it is given one.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { mayOpen } from '../../web/src/lib/navigation.ts';
import { expect, test } from '../fixtures.ts';
import { runLayoutChecks, type LayoutProblem } from '../support/layout-checks.ts';
import { pageRouteIds, routePath } from '../support/route-tree.ts';
import type { Account, Role } from '../support/server.ts';
import { seedI18nWorkflow, type I18nSeed } from '../support/i18n-seed.ts';

test.describe.configure({ timeout: 240_000 });

type Visitor = 'public' | Role;

/** Each page's parameters; who visits a workspace page follows the app's own rule (navigation.ts). */
const PAGES: Record<string, { params?: (s: I18nSeed) => Record<string, string>; visitors?: Visitor[] }> = {
  '/(public)': {},
  '/(public)/search': {},
  '/(public)/states': {},
  '/(public)/states/[id]': { params: () => ({ id: 'BEN' }) },
  '/(public)/assistance': {},
  '/(public)/events': {},
  '/(public)/signin': {},
  '/setup': {},
  '/(app)/app': {},
  '/(app)/app/accounts': {},
  '/(app)/app/audit': {},
  '/(app)/app/conflicts': {},
  '/(app)/app/drafts': {},
  '/(app)/app/drafts/[id]': { params: (s) => ({ id: s.draft }) },
  '/(app)/app/exchanges': {},
  '/(app)/app/inbox': {},
  '/(app)/app/inbox/entities/[id]': { params: () => ({ id: 'CPV' }) },
  '/(app)/app/monitoring': {},
  '/(app)/app/receive': {},
  '/(app)/app/report': {},
  '/(app)/app/requests': {},
  '/(app)/app/requests/[id]': { params: (s) => ({ id: s.cycle }) },
  '/(app)/app/requests/[id]/reminder': { params: (s) => ({ id: s.cycle }) },
  '/(app)/app/requests/[id]/tracking': { params: (s) => ({ id: s.cycle }) },
  '/(app)/app/requests/new': {},
  '/(app)/app/review/[id]': { params: (s) => ({ id: s.transmitted }) },
  '/(app)/app/settings': {},
  '/(app)/app/sync': {},
  '/(app)/app/treaty': {},
};

const ROLES: Role[] = ['focal_point', 'secretariat', 'bureau'];

function visitorsOf(routeId: string, path: string): Visitor[] {
  if (!routeId.startsWith('/(app)')) return PAGES[routeId]?.visitors ?? ['public'];
  return ROLES.filter((role) => mayOpen(path, role));
}

async function pseudoContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 640 }, locale: 'en-GB', timezoneId: 'UTC' });
  await context.addInitScript(() => localStorage.setItem('clearinghouse.pseudo', '1'));
  return context;
}

async function signInByApi(context: BrowserContext, baseURL: string, account: Account): Promise<void> {
  const answer = await context.request.post('/api/auth/login', {
    data: { email: account.email, password: account.password },
    headers: { origin: baseURL },
  });
  expect(answer.status()).toBe(200);
}

/** The page has rendered its content: a heading, and nothing left loading. */
async function settle(page: Page): Promise<void> {
  await expect(page.locator('h1').first()).toBeVisible({ timeout: 20_000 });
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 15_000 });
}

test('every page in the pseudo language at 360 px: all text from the catalogue, nothing clipped, overlapping or scrolling sideways', async ({
  browser,
  servers,
}, testInfo) => {
  testInfo.annotations.push({ type: 'skip-a11y-audit', description: 'layout and catalogue checks; axe runs in the Arabic/Chinese spec' });
  const routes = pageRouteIds();
  expect(
    routes.filter((id) => !(id in PAGES)),
    'pages without an entry in PAGES',
  ).toEqual([]);

  const { server, accounts } = await servers.start();
  const base = server.baseURL;
  const seeded = await seedI18nWorkflow(base, accounts);
  const dataNames = seeded.entityNames;

  const accountOf: Record<Role, Account> = {
    focal_point: accounts.focalPointBen,
    secretariat: accounts.secretariat,
    bureau: accounts.bureau,
  };
  const problems: (LayoutProblem & { page: string; visitor: Visitor })[] = [];
  let visits = 0;
  for (const visitor of ['public', ...ROLES] as Visitor[]) {
    const context = await pseudoContext(browser, base);
    if (visitor !== 'public') await signInByApi(context, base, accountOf[visitor]);
    const page = await context.newPage();
    for (const routeId of routes) {
      const path = routePath(routeId, PAGES[routeId]!.params?.(seeded));
      if (!visitorsOf(routeId, path).includes(visitor)) continue;
      await page.goto(path);
      await settle(page);
      visits++;
      const found = await runLayoutChecks(page, { dataNames, markers: true });
      if (found.length) await page.screenshot({ path: testInfo.outputPath(`${visitor}${path.replace(/\//g, '_')}.png`) });
      problems.push(...found.map((p) => ({ ...p, page: path, visitor })));
    }
    await context.close();
  }
  expect(visits).toBeGreaterThanOrEqual(routes.length);
  const report = problems.map((p) => `${p.visitor} ${p.page} ${p.kind}: ${p.where}\n    “${p.text}”`).join('\n');
  expect(problems, `${problems.length} problem(s) in the pseudo language at 360 px:\n${report}\n`).toEqual([]);
});
