import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { chromiumPath } from '../playwright.config.ts';
import { TestServer, makeRunDir } from '../support/server.ts';
const { dataDir } = makeRunDir('clearinghouse-list-');
const server = await TestServer.start({ dataDir });
try {
  const accounts = await server.seedAccounts();
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
  for (const path of (process.env.PAGES ?? '/app,/app/drafts,/').split(',')) {
    const context = await browser.newContext({ baseURL: server.baseURL, serviceWorkers: 'block' });
    if (path.startsWith('/app')) {
      const login = await context.request.post('/api/auth/login', { data: { email: accounts.focalPointBen.email, password: accounts.focalPointBen.password }, headers: { origin: server.baseURL } });
      if (!login.ok()) throw new Error('login');
    }
    const page = await context.newPage();
    const rows: { url: string; type: string; gz: number }[] = [];
    const pending: Promise<unknown>[] = [];
    page.on('response', (r) => { const type = r.request().resourceType(); pending.push(r.body().then((b) => rows.push({ url: r.url().replace(server.baseURL, ''), type, gz: ['script','stylesheet'].includes(type) ? gzipSync(b, { level: 9 }).length : 0 })).catch(() => rows.push({ url: r.url(), type, gz: 0 }))); });
    await page.goto(path, { waitUntil: 'networkidle' });
    await Promise.all(pending);
    const timing = await page.evaluate(() => { const m = performance.getEntriesByName('after-first-paint')[0]?.startTime ?? null; return { m, res: performance.getEntriesByType('resource').map((e) => [e.name.replace(location.origin, ''), e.startTime] as const) }; });
    const start = new Map(timing.res);
    console.log(`\n${path} mark=${timing.m}`);
    let total = 0, before = 0;
    for (const r of rows) { const t = start.get(r.url); const b = timing.m !== null && t !== undefined && t < timing.m; if (r.type === 'script') { total += r.gz; if (b) before += r.gz; } console.log(`${b ? 'P' : ' '} ${String(r.gz).padStart(6)} ${r.type.padEnd(10)} ${t?.toFixed(0) ?? '-'} ${r.url}`); }
    console.log(`JS total ${(total/1024).toFixed(1)} KiB, before paint ${(before/1024).toFixed(1)} KiB, requests ${rows.length}`);
    await context.close();
  }
  await browser.close();
} finally { await server.stop(); }
process.exit(0);
