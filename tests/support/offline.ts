import { expect, type Page } from '@playwright/test';

/** Wait until a service worker is active and controls this page (it precaches the shell while installing). */
export async function waitForServiceWorkerControl(page: Page, timeoutMs = 20_000): Promise<string> {
  const scriptURL = await page.evaluate(async (timeout) => {
    const ready = navigator.serviceWorker.ready;
    const within = <T>(p: Promise<T>, what: string) =>
      Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(what)), timeout))]);
    const registration = await within(ready, 'no service worker became active');
    if (!navigator.serviceWorker.controller) {
      await within(
        new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })),
        'the active service worker never took control of the page (clientsClaim?)',
      );
    }
    return registration.active?.scriptURL ?? '';
  }, timeoutMs);
  expect(scriptURL).not.toBe('');
  return scriptURL;
}

/** From inside the page (so through the service worker), the API must be unreachable. */
export async function expectApiUnreachable(page: Page): Promise<void> {
  const outcome = await page.evaluate(async () => {
    try {
      const res = await fetch('/api/health', { cache: 'no-store' });
      return `answered ${res.status}`;
    } catch (err) {
      return `failed: ${(err as Error).name}`;
    }
  });
  expect(outcome, 'fetch("/api/health") from the page must fail when offline').toMatch(/^failed/);
}

export async function expectApiReachable(page: Page): Promise<void> {
  const status = await page.evaluate(async () => (await fetch('/api/health', { cache: 'no-store' })).status);
  expect(status).toBe(200);
}
