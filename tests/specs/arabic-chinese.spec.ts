/**
 * The app as an Arabic and a Chinese reader uses it, on a 360×640 phone and a 1366×768 screen: the
 * public home, a search, a State profile, signing in, drafting an element and its public preview.
 * The browser's language chooses the app's (no setting touched); the document's lang and dir follow
 * and survive navigation and reload; what a person types is isolated (dir="auto"); axe finds nothing
 * serious or critical and no page scrolls sideways. Buttons and labels are found by their message
 * keys (support/dictionaries.ts), so the spec holds as the translations are written. Screenshots go
 * to docs/screenshots/i18n/ (kept in the repo, looked at when the layout changes).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../fixtures.ts';
import { expectNoSeriousA11yViolations } from '../support/axe.ts';
import { message } from '../support/dictionaries.ts';
import { seedI18nWorkflow } from '../support/i18n-seed.ts';
import { waitForServiceWorkerControl } from '../support/offline.ts';
import { repoRoot } from '../support/server.ts';

test.describe.configure({ timeout: 180_000 });

const SHOTS = join(repoRoot, 'docs/screenshots/i18n');
const SIZES = [
  { width: 360, height: 640 },
  { width: 1366, height: 768 },
] as const;

const LANGUAGES = [
  { language: 'ar', browserLocale: 'ar-EG', dir: 'rtl', elementTitle: 'قانون التعاون مع المحكمة الجنائية الدولية' },
  { language: 'zh', browserLocale: 'zh-CN', dir: 'ltr', elementTitle: '关于与国际刑事法院合作的法律' },
] as const;

for (const { language, browserLocale, dir, elementTitle } of LANGUAGES) {
  test(`in ${language} at 360×640 and 1366×768: home, search, State profile, sign in, draft and preview`, async ({
    browser,
    servers,
  }, testInfo) => {
    testInfo.annotations.push({ type: 'skip-a11y-audit', description: 'axe runs on every step below, at both sizes' });
    const { server, accounts } = await servers.start();
    await seedI18nWorkflow(server.baseURL, accounts);
    const context = await browser.newContext({ baseURL: server.baseURL, locale: browserLocale, timezoneId: 'UTC', viewport: SIZES[0] });
    const page = await context.newPage();
    const m = (key: string, params?: Record<string, string>) => message(language, key, params);
    mkdirSync(SHOTS, { recursive: true });

    /** The document speaks the language; at each size: no sideways scroll, axe clean, a screenshot. */
    async function check(name: string, focus?: () => Promise<void>): Promise<void> {
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await page.evaluate(() => document.fonts.ready);
        const width = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
        expect(width[0], `${name} at ${size.width} px scrolls sideways`).toBeLessThanOrEqual(width[1]!);
        await expectNoSeriousA11yViolations(page, { testInfo });
        if (focus) await focus();
        else await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: join(SHOTS, `${language}-${name}-${size.width}x${size.height}.png`) });
      }
      await page.setViewportSize(SIZES[0]);
    }

    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(await m('home.title'));
    // A first visit ends with "ready to work offline", which would cover every screenshot: close it, as a person would.
    await waitForServiceWorkerControl(page);
    const close = page.getByRole('button', { name: await m('update.close'), exact: true });
    await expect(close).toBeVisible({ timeout: 15_000 });
    await close.click();
    await expect(page.locator('main').getByText('Information from Benin')).toBeVisible();
    await check('home');

    await page.goto('/search');
    const query = page.getByLabel(await m('public.search.label'));
    await query.fill('cooperation');
    await query.press('Enter');
    const hit = page.getByRole('link', { name: 'Law on cooperation with the Court' });
    await expect(hit).toBeVisible();
    await check('search');

    await hit.click();
    await expect(page).toHaveURL(/\/states\/BEN/);
    await expect(page.getByRole('heading', { level: 3, name: 'Seminar in Cotonou' })).toBeVisible();
    await check('state-profile');

    await page.goto('/signin');
    await page.getByLabel(await m('signin.email')).fill(accounts.focalPointBen.email);
    await page.getByLabel(await m('signin.password'), { exact: true }).fill(accounts.focalPointBen.password);
    await check('signin');
    await page.getByRole('button', { name: await m('signin.submit'), exact: true }).click();
    await expect(page).toHaveURL(/\/app/);
    // The language and direction come back after a reload, before anything is chosen again.
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('dir', dir);

    await page.goto('/app/drafts');
    await expect(page.getByRole('link', { name: 'Working draft of Benin' })).toBeVisible({ timeout: 30_000 });
    await page.getByRole('button', { name: await m('drafts.new') }).click();
    await page.getByLabel(await m('drafts.draftTitle')).fill(`${elementTitle} (2026)`);
    await page.getByRole('button', { name: await m('drafts.create') }).click();
    await expect(page).toHaveURL(/\/app\/drafts\/[0-9a-f-]{36}/);
    await page.locator('[data-add="legislation"]').click();
    const card = page.locator('#section-legislation article[data-item-id]').first();
    const title = card.locator('input[id$="-title"]');
    await title.fill(elementTitle);
    // What the person typed reads in its own direction, whatever the page's.
    await expect(title).toHaveAttribute('dir', 'auto');
    expect(await title.evaluate((el) => getComputedStyle(el).direction)).toBe(language === 'ar' ? 'rtl' : 'ltr');
    await expect(page.locator('.save-status')).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });
    await check('editor', () => card.evaluate((el) => el.scrollIntoView({ block: 'start' })));

    await page.getByRole('button', { name: await m('editor.preview') }).click();
    const preview = page.locator('#public-preview');
    await expect(preview.getByText(elementTitle, { exact: true })).toBeVisible();
    await check('preview', () => preview.evaluate((el) => el.scrollIntoView({ block: 'start' })));
    await context.close();
  });
}
