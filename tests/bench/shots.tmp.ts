import { chromium } from '@playwright/test';
import { chromiumPath } from '../playwright.config.ts';
import { TestServer, makeRunDir } from '../support/server.ts';
const { dataDir } = makeRunDir('clearinghouse-shots-');
const server = await TestServer.start({ dataDir });
try {
  const accounts = await server.seedAccounts();
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
  for (const [name, viewport] of [['phone', { width: 375, height: 740 }], ['laptop', { width: 1280, height: 800 }]] as const) {
    const context = await browser.newContext({ baseURL: server.baseURL, viewport });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto('/signin');
    await page.getByLabel(/email/i).fill(accounts.focalPointBen.email);
    await page.getByLabel(/password/i).fill(accounts.focalPointBen.password);
    await page.getByRole('button', { name: /sign in/i }).click();
    await page.waitForURL(/\/app/);
    await page.getByTestId('sync-indicator').and(page.locator('[data-state="up-to-date"]')).waitFor({ timeout: 30000 });
    await page.screenshot({ path: `/tmp/size/${name}-app.png`, fullPage: true });
    await page.getByRole('link', { name: /drafts/i }).first().click();
    await page.waitForURL(/\/app\/drafts/);
    await page.getByRole('button', { name: /new draft/i }).waitFor();
    await page.screenshot({ path: `/tmp/size/${name}-drafts.png`, fullPage: true });
    // a fresh visit straight to /app/drafts (first load of that route)
    const p2 = await context.newPage();
    await p2.goto('/app/drafts');
    await p2.getByRole('button', { name: /new draft/i }).waitFor();
    await p2.screenshot({ path: `/tmp/size/${name}-drafts-direct.png`, fullPage: true });
    console.log(name, 'errors:', errors);
    await context.close();
  }
  await browser.close();
} finally { await server.stop(); }
process.exit(0);
