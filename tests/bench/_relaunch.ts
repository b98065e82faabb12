import { chromium } from '@playwright/test';
import { chromiumPath } from '../playwright.config.ts';
import { TestServer, makeRunDir } from '../support/server.ts';
const { dataDir } = makeRunDir('h1-rl-');
const server = await TestServer.start({ dataDir });
try {
  const accounts = await server.seedAccounts();
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
  const context = await browser.newContext({ baseURL: server.baseURL });
  await context.request.post('/api/auth/login', { data: { email: accounts.focalPointBen.email, password: accounts.focalPointBen.password }, headers: { origin: server.baseURL } });
  const first = await context.newPage();
  await first.goto('/app/drafts');
  await first.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
  await first.getByRole('heading', { level: 1 }).waitFor();
  await first.close();
  await context.setOffline(true);
  for (let i = 0; i < Number(process.env.N ?? 2); i++) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  if (process.env.PROF && i === 1) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start'); }
  if (process.env.TRACE && i === 1) await browser.startTracing(page, { path: process.env.TRACE, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'] });
  await page.goto('/app/drafts', { waitUntil: 'commit' });
  const t = await (await page.waitForFunction(() => { const h = document.querySelector('h1'); const b = document.querySelector<HTMLButtonElement>('main button[aria-controls="new-draft"]'); return h && b && !b.disabled && b.getClientRects().length ? performance.now() : false; }, undefined, { polling: 'raf', timeout: 30000 })).jsonValue();
  if (process.env.TRACE && i === 1) await browser.stopTracing();
  if (process.env.PROF && i === 1) (await import('node:fs')).writeFileSync(process.env.PROF, JSON.stringify((await cdp.send('Profiler.stop')).profile));
  const info = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const res = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const marks = performance.getEntriesByType('mark').map((m) => `${m.name}@${m.startTime.toFixed(0)}`);
    return { nav: `workerStart ${nav.workerStart.toFixed(0)} fetchStart ${nav.fetchStart.toFixed(0)} responseStart ${nav.responseStart.toFixed(0)} responseEnd ${nav.responseEnd.toFixed(0)} domInteractive ${nav.domInteractive.toFixed(0)} dcl ${nav.domContentLoadedEventEnd.toFixed(0)}`, res: res.map((r) => `${r.startTime.toFixed(0)}-${r.responseEnd.toFixed(0)} ${r.name.replace(location.origin, '')}`), marks };
  });
  console.log(`run ${i}: usable at ${t.toFixed(0)} ms\n${info.nav}\n${info.res.join('\n')}\n${info.marks.join(' ')}`);
  await page.close();
  }
  await browser.close();
} finally { await server.stop(); }
process.exit(0);
