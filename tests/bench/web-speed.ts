/**
 * `pnpm bench` (web speed part): the app on a slow link and a slow CPU, in Chromium.
 *
 * Every page runs with Regular 3G (300 ms round trip, 700 kbit/s down, 700 kbit/s up: CDP
 * Network.emulateNetworkConditions) and the CPU slowed 4× (Emulation.setCPUThrottlingRate).
 *
 * "Time to usable", from the start of the navigation: the page's main heading is visible AND its first
 * control a person would use is enabled (the app renders in the browser, so either means the code has
 * run). Targets: ≤ 4 s cold (new browser profile, nothing cached), ≤ 1 s for an offline relaunch of
 * /app/drafts from the service worker, and ≤ 50 ms p95 from a keystroke to its local save (the
 * IndexedDB transaction committed) in an element with a 60,000-character description.
 */
import { writeFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { chromiumPath } from '../playwright.config.ts';
import { DraftEditorPage } from '../page-models/DraftEditorPage.ts';
import { DraftsListPage } from '../page-models/DraftsListPage.ts';
import { TestServer, makeRunDir, type Account } from '../support/server.ts';

const REGULAR_3G = { offline: false, latency: 300, downloadThroughput: 700_000 / 8, uploadThroughput: 700_000 / 8 };
const CPU_SLOWDOWN = 4;
const KEYSTROKES = 40;
const DESCRIPTION_LENGTH = 60_000;

/** Each page: its main heading and the first control a person would use there. */
const USABLE: Record<string, { heading: string; control: string }> = {
  '/': { heading: 'h1', control: 'input[type="search"], main input' },
  '/signin': { heading: 'h1', control: 'main form button[type="submit"]' },
  '/app': { heading: 'h1', control: 'nav a[href^="/app"]' },
  '/app/drafts': { heading: 'h1', control: 'main button[aria-controls="new-draft"]' },
};

async function slowDown(page: Page, network: boolean): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', REGULAR_3G);
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return cdp;
}

/** Milliseconds from the navigation's start until the page is usable (measured in the page's own clock). */
async function timeToUsable(page: Page, path: string): Promise<number> {
  const { heading, control } = USABLE[path]!;
  await page.goto(path, { waitUntil: 'commit', timeout: 60_000 });
  const handle = await page.waitForFunction(
    ([h, c]) => {
      const title = document.querySelector<HTMLElement>(h!);
      const first = document.querySelector<HTMLInputElement | HTMLButtonElement>(c!);
      // No named helper here: the bench runs through tsx, whose helper names do not exist in the page.
      const usable = !!title && title.getClientRects().length > 0 && !!first && first.getClientRects().length > 0 && !first.disabled;
      return usable ? performance.now() : false;
    },
    [heading, control],
    { polling: 'raf', timeout: 30_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** As timeToUsable, but a page that never becomes usable is a figure (NaN, with a screenshot), not a crash. */
async function timeToUsableOrNaN(page: Page, path: string): Promise<number> {
  try {
    return await timeToUsable(page, path);
  } catch (error) {
    const shot = `${dataDir}/../unusable${path.replace(/\//g, '_')}.png`;
    await page.screenshot({ path: shot }).catch(() => {});
    console.error(`${path} never became usable (${(error as Error).message.split('\n')[0]}); screenshot: ${shot}`);
    return Number.NaN;
  }
}

async function signIn(context: BrowserContext, baseURL: string, account: Account): Promise<void> {
  const res = await context.request.post('/api/auth/login', {
    data: { email: account.email, password: account.password },
    headers: { origin: baseURL },
  });
  if (!res.ok()) throw new Error(`sign-in failed: ${res.status()}`);
}

async function coldLoads(browser: Browser, baseURL: string, account: Account): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const path of ['/', '/signin', '/app']) {
    const context = await browser.newContext({ baseURL });
    // The workspace needs a known user: the session cookie, and the user the app caches after /api/auth/me.
    if (path.startsWith('/app')) await signIn(context, baseURL, account);
    const page = await context.newPage();
    await slowDown(page, true);
    out[path] = await timeToUsableOrNaN(page, path);
    await context.close();
  }
  return out;
}

/** Signed in and the service worker installed; then offline, a new page opens /app/drafts. */
async function offlineRelaunch(browser: Browser, baseURL: string, account: Account): Promise<number> {
  const context = await browser.newContext({ baseURL });
  await signIn(context, baseURL, account);
  const first = await context.newPage();
  await first.goto('/app/drafts');
  // The worker has precached the app once it controls the page.
  await first.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
  await new DraftsListPage(first).heading.waitFor();
  await first.close();
  await context.setOffline(true);
  const page = await context.newPage();
  await slowDown(page, false);
  const ms = await timeToUsableOrNaN(page, '/app/drafts');
  await context.close();
  return ms;
}

/** Keystroke → committed save, for each of KEYSTROKES keys typed at the end of a 60,000-character description. */
async function keystrokeToSave(browser: Browser, baseURL: string, account: Account): Promise<number[]> {
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  await signIn(context, baseURL, account);
  const page = await context.newPage();
  await new DraftsListPage(page).goto();
  await new DraftsListPage(page).create('A long description');
  const editor = new DraftEditorPage(page);
  const card = await editor.addElement('legislation');
  const description = editor.field(card, 'Description');
  await description.fill('Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(1100).slice(0, DESCRIPTION_LENGTH));
  await editor.expectSaved();
  await page.evaluate((measure) => {
    const w = window as unknown as { __keys: number[]; __writes: { start: number; end: number }[] };
    w.__keys = [];
    w.__writes = [];
    document.addEventListener('keydown', (e) => w.__keys.push(e.timeStamp), { capture: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__writes.push({ start: e.startTime, end: e.startTime + e.duration });
    }).observe({ type: 'measure' });
    void measure;
  }, 'autosave-write');
  // BENCH_KEYS_OFFLINE=1: the same typing with the network off, so no sync cycle (a push of the
  // 60,000-character element every couple of seconds) shares the page's main thread and database.
  if (process.env.BENCH_KEYS_OFFLINE) await context.setOffline(true);
  const cdp = await slowDown(page, false);
  await description.press('End');
  // BENCH_PROFILE=<file.cpuprofile>: the typing under the V8 profiler (build the web app unminified to
  // read it: `pnpm --filter @clearinghouse/web exec vite build --minify false`); summarise it with
  // `node bench/src/top-functions.mjs <file>`.
  const profilePath = process.env.BENCH_PROFILE;
  if (profilePath) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
  }
  await cdp.send('Performance.enable');
  const metrics = async () => new Map((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const before = await metrics();
  const tracePath = process.env.BENCH_TRACE;
  if (tracePath)
    await browser.startTracing(page, { path: tracePath, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  // A brisk typist: about 8 keys a second.
  await description.pressSequentially('x'.repeat(KEYSTROKES), { delay: 120 });
  await editor.expectSaved();
  if (process.env.BENCH_KEYS_OFFLINE) await context.setOffline(false);
  if (tracePath) await browser.stopTracing();
  if (process.env.BENCH_DEBUG) {
    // Where the main thread's time went while typing (seconds, in the throttled page's clock).
    const after = await metrics();
    const spent = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration', 'LayoutCount', 'RecalcStyleCount'];
    console.error(spent.map((name) => `${name} ${((after.get(name) ?? 0) - (before.get(name) ?? 0)).toFixed(2)}`).join(', '));
  }
  if (profilePath) writeFileSync(profilePath, JSON.stringify((await cdp.send('Profiler.stop')).profile));
  const { keys, writes } = await page.evaluate(() => {
    const w = window as unknown as { __keys: number[]; __writes: { start: number; end: number }[] };
    return { keys: w.__keys, writes: w.__writes };
  });
  await context.close();
  if (process.env.BENCH_DEBUG)
    console.error(
      'writes (start, duration ms):',
      writes.map((w) => `${w.start.toFixed(0)}+${(w.end - w.start).toFixed(0)}`).join(' '),
      '\nkeys:',
      keys.map((k) => k.toFixed(0)).join(' '),
    );
  // A key is saved by the first write that started after it (the input event runs right after keydown).
  return keys.slice(1).map((k) => {
    const write = writes.find((w) => w.start >= k);
    return write ? write.end - k : Number.NaN;
  });
}

/**
 * The floor under the keystroke figure: the same keys, at the same pace and CPU slowdown, typed into a
 * bare textarea holding the same 60,000 characters, with no script at all. Chromium's own work per key
 * (editing, layout and paint of the text) is what no editor code can go below; the time from each
 * keydown to the end of the task that handled it is measured with the Event Timing API.
 */
async function bareTextareaKeys(browser: Browser): Promise<number[]> {
  const page = await browser.newPage();
  await page.setContent('<textarea style="inline-size: 40rem; field-sizing: content"></textarea>');
  const box = page.locator('textarea');
  await box.fill('Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(1100).slice(0, DESCRIPTION_LENGTH));
  await page.evaluate(() => {
    const w = window as unknown as { __events: number[] };
    w.__events = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'keydown') w.__events.push(e.duration);
    }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  });
  await slowDown(page, false);
  await box.press('End');
  await box.pressSequentially('x'.repeat(KEYSTROKES), { delay: 120 });
  // Event Timing entries arrive after the next frame.
  await page.waitForTimeout(500);
  const durations = await page.evaluate(() => (window as unknown as { __events: number[] }).__events);
  await page.close();
  return durations;
}

const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1] ?? Number.NaN;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const { dataDir } = makeRunDir('clearinghouse-bench-speed-');
const server = await TestServer.start({ dataDir });
try {
  const accounts = await server.seedAccounts();
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  // BENCH_ONLY=keys | cold | relaunch: only that figure (while working on one of them).
  const only = process.env.BENCH_ONLY;
  const runs = (part: string) => !only || only === part;
  const cold = runs('cold') ? await coldLoads(browser, server.baseURL, accounts.focalPointBen) : {};
  const relaunch = runs('relaunch') ? await offlineRelaunch(browser, server.baseURL, accounts.focalPointBen) : Number.NaN;
  const saves = runs('keys') ? await keystrokeToSave(browser, server.baseURL, accounts.focalPointBen) : [];
  const floor = runs('keys') ? await bareTextareaKeys(browser) : [];
  await browser.close();
  console.log(`\nSlow link and slow CPU (Regular 3G: 300 ms RTT, 700 kbit/s; CPU ${CPU_SLOWDOWN}× slower), time to usable:`);
  console.table([
    ...Object.entries(cold).map(([page, ms]) => ({ what: `cold ${page}`, measured: s(ms), target: '≤ 4.00 s' })),
    { what: 'offline relaunch /app/drafts (service worker)', measured: s(relaunch), target: '≤ 1.00 s' },
    {
      what: `keystroke → local save, p95 of ${saves.length} (60,000-char description)`,
      measured: `${p95(saves).toFixed(0)} ms (median ${[...saves].sort((a, b) => a - b)[saves.length >> 1]?.toFixed(0) ?? 'NaN'} ms)`,
      target: '≤ 50 ms',
    },
    {
      what: `  floor: a key in a bare 60,000-char textarea, no script (p95 of ${floor.length})`,
      measured: `${p95(floor).toFixed(0)} ms (median ${[...floor].sort((a, b) => a - b)[floor.length >> 1]?.toFixed(0) ?? 'NaN'} ms)`,
      target: '',
    },
  ]);
} finally {
  await server.stop();
}
process.exit(0);
