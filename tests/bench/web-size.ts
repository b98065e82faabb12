/**
 * `pnpm bench` (size part): what the first visit to key pages downloads, and the service worker's
 * precache. Targets: home and first workspace route ≤ 75 KiB JS gzip until the network is idle and
 * ≤ 20 requests each (tests/specs/bundle-size.spec.ts fails past 80 KiB for home, past 97 KiB for
 * the first workspace route); precache ≤ 1 MiB.
 */
import { chromium } from '@playwright/test';
import { chromiumPath } from '../playwright.config.ts';
import { measureFirstLoad, precacheSize } from '../support/first-load.ts';
import { TestServer, defaultWebDir, makeRunDir } from '../support/server.ts';

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const { dataDir } = makeRunDir('clearinghouse-bench-');
const server = await TestServer.start({ dataDir });
try {
  const accounts = await server.seedAccounts();
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const rows = [];
  for (const path of ['/', '/search']) {
    const context = await browser.newContext({ baseURL: server.baseURL, serviceWorkers: 'block' });
    rows.push(await measureFirstLoad(await context.newPage(), path));
    await context.close();
  }
  for (const path of ['/app', '/app/drafts']) {
    // Signed in through the API (the cookie lands in the context); the app asks /api/auth/me once.
    const context = await browser.newContext({ baseURL: server.baseURL, serviceWorkers: 'block' });
    const login = await context.request.post('/api/auth/login', {
      data: { email: accounts.focalPointBen.email, password: accounts.focalPointBen.password },
      headers: { origin: server.baseURL },
    });
    if (!login.ok()) throw new Error(`sign-in failed: ${login.status()}`);
    rows.push(await measureFirstLoad(await context.newPage(), path));
    await context.close();
  }
  await browser.close();
  const precache = precacheSize(defaultWebDir);
  console.log(
    '\nFirst load (gzip -9 of every script and stylesheet requested until the network is idle; every request counted; no service worker cache; "before first paint": the scripts asked for before the workspace starts its deferred work, Dexie and the sync engine):',
  );
  console.table(
    rows.map((r) => ({
      page: r.path,
      'JS gzip': kib(r.jsGzip),
      'JS before first paint': r.beforePaint ? `${kib(r.beforePaint.jsGzip)} (${r.beforePaint.files} files)` : '(all)',
      'CSS gzip': kib(r.cssGzip),
      'JS+CSS': kib(r.jsGzip + r.cssGzip),
      files: r.files,
      requests: r.requests,
      'response headers': kib(r.headerBytes),
      target: r.path === '/' ? '≤ 75 KiB JS, ≤ 20 requests' : r.path === '/app' ? '≤ 75 KiB JS (build test: 97), ≤ 20 requests' : '',
    })),
  );
  console.log(
    `Service worker precache: ${precache.entries} entries, ${kib(precache.raw)} raw, ${kib(precache.gzip)} gzip (target ≤ 1024 KiB)`,
  );
} finally {
  await server.stop();
}
process.exit(0);
