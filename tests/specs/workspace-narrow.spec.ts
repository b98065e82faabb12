import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test, type AccountName } from '../fixtures.ts';
import { apiAs, draftSubmission, issueRequest, step } from '../support/workflow-seed.ts';

/**
 * On a 360 px phone no page of the workspace scrolls sideways, for any role: wide tables scroll inside
 * their own frame, menus fold. Every page each role can open is visited, those with an id included.
 */
// About twice the observed time (58 s on a busy 2-core machine).
test.describe.configure({ timeout: 120_000 });

const SHOTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'artefacts', 'desk');
mkdirSync(SHOTS, { recursive: true });

/** The page's width beyond the screen, and the widest element sticking out (to say what to fix). */
async function overflow(page: Page): Promise<{ extra: number; culprit: string }> {
  return page.evaluate(() => {
    const extra = document.documentElement.scrollWidth - document.documentElement.clientWidth;
    let culprit = '';
    let widest = document.documentElement.clientWidth;
    // Inside a frame that scrolls (or clips) is fine: only what widens the page itself counts.
    const clipped = (el: Element) => {
      if (['absolute', 'fixed'].includes(getComputedStyle(el).position)) return false; // escapes unpositioned frames
      for (let up = el.parentElement; up; up = up.parentElement) if (getComputedStyle(up).overflowX !== 'visible') return true;
      return false;
    };
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      if (clipped(el)) continue;
      const right = el.getBoundingClientRect().right;
      if (right > widest + 1) {
        widest = right;
        culprit = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${Array.from(el.classList).join('.')} (${Math.round(right)} px)`;
      }
    }
    return { extra, culprit };
  });
}

test('no workspace page scrolls sideways at 360 px, for any role', async ({ servers, signIn, browser }) => {
  const { server, accounts } = await servers.start();
  const base = server.baseURL;
  const [sec, ben] = await Promise.all([apiAs(base, accounts.secretariat), apiAs(base, accounts.focalPointBen)]);
  const cycle = await issueRequest(sec, {
    reference: 'ICC-ASP/NARROW/2026/with-a-long-reference-number',
    title: 'A request for information with a long title that must wrap on a phone screen',
    deadlineInDays: 10,
    addressees: 'all-states-parties',
  });
  const s = await draftSubmission(ben, {
    entityId: 'BEN',
    cycleId: cycle,
    title: 'Information from Benin on ratification and implementation',
    items: [
      { category: 'legislation', title: 'Law No. 2012-15 on the implementation of the Rome Statute', status: 'adopted' },
      {
        category: 'assistance',
        title: 'Training of judges',
        role: 'recipient',
        thematicAreas: ['judicial_training'],
        partnerEntityIds: [],
      },
    ],
  });
  await step(ben, s.id, 'transmit');
  await step(sec, s.id, 'publish');
  const draft = await draftSubmission(ben, {
    entityId: 'BEN',
    cycleId: cycle,
    title: 'A second draft',
    items: [{ category: 'event', title: 'Seminar' }],
  });

  const routes: Record<'focalPointBen' | 'secretariat' | 'bureau', string[]> = {
    focalPointBen: [
      '/app',
      '/app/drafts',
      `/app/drafts/${draft.id}`,
      '/app/requests',
      `/app/requests/${cycle}`,
      '/app/conflicts',
      '/app/sync',
      '/app/settings',
    ],
    secretariat: [
      '/app',
      '/app/requests',
      '/app/requests/new',
      `/app/requests/${cycle}`,
      `/app/requests/${cycle}/tracking`,
      '/app/inbox',
      '/app/inbox/entities/BEN',
      `/app/review/${s.id}`,
      '/app/receive',
      '/app/monitoring',
      '/app/treaty',
      '/app/exchanges',
      '/app/report',
      `/app/report?cycle=${cycle}`,
      '/app/accounts',
      '/app/audit',
      '/app/sync',
      '/app/conflicts',
      '/app/settings',
    ],
    bureau: [
      '/app',
      '/app/requests',
      `/app/requests/${cycle}`,
      `/app/requests/${cycle}/tracking`,
      '/app/monitoring',
      `/app/report?cycle=${cycle}`,
      '/app/settings',
    ],
  };

  const wide: string[] = [];
  for (const [who, paths] of Object.entries(routes) as [AccountName, string[]][]) {
    const context = await browser.newContext({ baseURL: base, locale: 'en-GB', timezoneId: 'UTC' });
    const page = await context.newPage();
    await signIn(page, accounts[who]); // at laptop width, where the signed-in address shows in the header
    await page.setViewportSize({ width: 360, height: 640 });
    for (const path of paths) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await page.waitForLoadState('networkidle');
      if (path.includes('/review/')) await expect(page.getByRole('region', { name: 'Compare versions' })).toBeVisible({ timeout: 60_000 });
      if (path.includes('report?')) await expect(page.locator('#compilation-report')).toBeVisible({ timeout: 30_000 });
      const { extra, culprit } = await overflow(page);
      if (extra > 0) wide.push(`${who} ${path}: ${extra} px wider than the screen, e.g. ${culprit}`);
      if (who === 'secretariat' && (path === '/app/treaty' || path.startsWith('/app/report?'))) {
        const name = path === '/app/treaty' ? 'treaty' : 'report-secretariat';
        await page.screenshot({ path: join(SHOTS, `${name}-360.png`), fullPage: true });
        await page.setViewportSize({ width: 1366, height: 768 });
        await page.screenshot({ path: join(SHOTS, `${name}-1366.png`), fullPage: true });
        await page.setViewportSize({ width: 360, height: 640 });
      }
    }
    await context.close();
  }
  expect(wide).toEqual([]);
});
