/**
 * The service worker's offline experience in every language: the precached shell is the offline page
 * (it serves every route without the network), so with no network it must still open in the reader's
 * language and direction, say it is offline in that language, and the first-install prompt must be
 * worded in it too.
 */
import { expect, test } from '../fixtures.ts';
import { waitForServiceWorkerControl } from '../support/offline.ts';

const OFFLINE_WORD = { en: 'Offline', fr: 'Hors ligne', es: 'Sin conexión', ar: 'غير متصل', ru: 'Нет сети', zh: '离线' } as const;

test('the app opens offline in each of the six languages, saying so in it', async ({ page, context }) => {
  test.slow(); // six reloads from the service worker
  // The first visit installs the worker: its prompt is in the language already chosen.
  await context.addInitScript(() => {
    if (!localStorage.getItem('clearinghouse.locale')) localStorage.setItem('clearinghouse.locale', 'ar');
  });
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  await expect(page.getByRole('status').filter({ hasText: 'التطبيق جاهز للعمل دون اتصال.' })).toBeVisible({ timeout: 20_000 });

  await context.setOffline(true);
  for (const [language, word] of Object.entries(OFFLINE_WORD)) {
    await page.evaluate((lang) => localStorage.setItem('clearinghouse.locale', lang), language);
    const response = await page.reload();
    expect(response?.fromServiceWorker(), `${language}: the page must come from the service worker`).toBe(true);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expect(page.locator('html')).toHaveAttribute('dir', language === 'ar' ? 'rtl' : 'ltr');
    await expect(page.getByText(word, { exact: true }).first()).toBeVisible();
    await expect(page.locator('h1').first()).toBeVisible();
    if (language === 'ar' || language === 'zh' || language === 'es') {
      await page.screenshot({ path: test.info().outputPath(`offline-${language}.png`) });
    }
  }
  await context.setOffline(false);
});
