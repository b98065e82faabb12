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
 *
 * The keystroke figure is typed into two 60,000-character descriptions, each printed with its own floor
 * (the same keys into a bare textarea holding the same text, no script):
 *  - the target's: a description written as people write one, in paragraphs (~600 characters each,
 *    separated by a blank line). Chromium lays out a textarea's text paragraph by paragraph, so a key
 *    re-breaks the lines of its own paragraph only;
 *  - the worst case: the same length as ONE paragraph with no line break at all. Chromium then re-breaks
 *    all 60,000 characters on every key: that alone is the floor's ~50–90 ms a key here (4× slower CPU),
 *    above the target before any script runs, and no textarea (nor a contenteditable, measured at the
 *    same) can go below it. It stays printed so a regression there is seen, not as the target's figure.
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
const SENTENCE = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. ';
/** ~600-character paragraphs separated by a blank line, 60,000 characters in all: the target's text. */
const PARAGRAPHED = Array.from({ length: 120 }, () => SENTENCE.repeat(11).trim())
  .join('\n\n')
  .slice(0, DESCRIPTION_LENGTH);
/** The same length as one paragraph with no line break: the worst case for any textarea. */
const ONE_PARAGRAPH = SENTENCE.repeat(1100).slice(0, DESCRIPTION_LENGTH);
const TEXTS = [
  { name: 'paragraphs', text: PARAGRAPHED, what: '60,000 chars in ~600-char paragraphs', target: '≤ 50 ms' },
  { name: 'one-paragraph', text: ONE_PARAGRAPH, what: 'worst case: 60,000 chars in one paragraph', target: '(floor + our work)' },
] as const;

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
/**
 * For each key, from its keydown to the commit of the first save that started after it; and the same
 * with the time the save spent in the autosave's worker counted at the CPU slowdown: CDP slows a page's
 * main thread only ("Operation is only supported for pages, not workers"), and a phone's slow core
 * would run the worker slowly too. That second figure counts IndexedDB's own work in the worker's window
 * four times as well: an upper bound.
 */
async function keystrokeToSave(
  browser: Browser,
  baseURL: string,
  account: Account,
  text: string,
  name: string,
): Promise<{ saves: number[]; slowWorker: number[] }> {
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  await signIn(context, baseURL, account);
  // BENCH_DEBUG: which IndexedDB transactions the typing opens (mode and stores), counted once `__tx`
  // is set (Dexie binds `transaction` when it opens the database: patched before any script runs).
  if (process.env.BENCH_DEBUG)
    await context.addInitScript(() => {
      const w = window as unknown as { __tx?: Record<string, number> };
      const open = IDBDatabase.prototype.transaction;
      IDBDatabase.prototype.transaction = function (this: IDBDatabase, stores: string | string[], mode?: IDBTransactionMode) {
        const key = `${mode ?? 'readonly'} ${[stores].flat().join(',')}`;
        if (w.__tx) w.__tx[key] = (w.__tx[key] ?? 0) + 1;
        return open.call(this, stores, mode);
      } as typeof open;
    });
  const page = await context.newPage();
  await new DraftsListPage(page).goto();
  await new DraftsListPage(page).create('A long description');
  const editor = new DraftEditorPage(page);
  const card = await editor.addElement('legislation');
  const description = editor.field(card, 'Description');
  await description.fill(text);
  await editor.expectSaved();
  // The caret to the text's end before the keys are counted (Control+End: End alone ends a line only).
  await description.press('Control+End');
  await page.evaluate((measure) => {
    const w = window as unknown as { __keys: number[]; __writes: { start: number; end: number; workerMs: number }[] };
    w.__keys = [];
    w.__writes = [];
    document.addEventListener('keydown', (e) => w.__keys.push(e.timeStamp), { capture: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const workerMs = ((e as PerformanceMeasure).detail as { workerMs?: number } | null)?.workerMs ?? 0;
        w.__writes.push({ start: e.startTime, end: e.startTime + e.duration, workerMs });
      }
    }).observe({ type: 'measure' });
    // The key's own task and the frame after it, as the floor measures them (Event Timing, ≥ 16 ms).
    const t = window as unknown as { __keyEvents: number[] };
    t.__keyEvents = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'keydown') t.__keyEvents.push(e.duration);
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
    void measure;
  }, 'autosave-write');
  // BENCH_KEYS_OFFLINE=1: the same typing with the network off, so no sync cycle (a push of the
  // 60,000-character element every couple of seconds) shares the page's main thread and database.
  if (process.env.BENCH_KEYS_OFFLINE) await context.setOffline(true);
  if (process.env.BENCH_DEBUG) await page.evaluate(() => ((window as unknown as { __tx: Record<string, number> }).__tx = {}));
  const cdp = await slowDown(page, false);
  // BENCH_PROFILE=<file.cpuprofile>: the typing under the V8 profiler (build the web app unminified to
  // read it: `pnpm --filter @clearinghouse/web exec vite build --minify false`); summarise it with
  // `node bench/src/top-functions.mjs <file>`.
  // (One file per text: `<file>` gets the text's name before its extension.)
  const profilePath = process.env.BENCH_PROFILE?.replace(/(\.[^./]+)?$/, `-${name}$1`);
  if (profilePath) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
  }
  await cdp.send('Performance.enable');
  const metrics = async () => new Map((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const before = await metrics();
  const tracePath = process.env.BENCH_TRACE?.replace(/(\.[^./]+)?$/, `-${name}$1`);
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
    console.error(`${name}: transactions`, await page.evaluate(() => (window as unknown as { __tx: Record<string, number> }).__tx));
    console.error(`${name}:`, spent.map((m) => `${m} ${((after.get(m) ?? 0) - (before.get(m) ?? 0)).toFixed(2)}`).join(', '));
  }
  if (profilePath) writeFileSync(profilePath, JSON.stringify((await cdp.send('Profiler.stop')).profile));
  if (process.env.BENCH_DEBUG) {
    await page.waitForTimeout(500);
    const events = await page.evaluate(() => (window as unknown as { __keyEvents: number[] }).__keyEvents);
    const all = [...events, ...Array<number>(Math.max(0, KEYSTROKES - events.length)).fill(UNREPORTED)];
    console.error(`${name}: keydown → next paint in the editor (Event Timing, as the floor): p95 ${p95(all)} median ${median(all)} ms`);
  }
  const { keys, writes } = await page.evaluate(() => {
    const w = window as unknown as { __keys: number[]; __writes: { start: number; end: number; workerMs: number }[] };
    return { keys: w.__keys, writes: w.__writes };
  });
  await context.close();
  if (process.env.BENCH_DEBUG)
    console.error(
      `${name}: writes (start, duration ms):`,
      writes.map((w) => `${w.start.toFixed(0)}+${(w.end - w.start).toFixed(0)}(worker ${w.workerMs.toFixed(0)})`).join(' '),
      '\nkeys:',
      keys.map((k) => k.toFixed(0)).join(' '),
    );
  // A key is saved by the first write that started after it (the input event runs right after keydown).
  const savedBy = keys.map((k) => ({ k, write: writes.find((w) => w.start >= k) }));
  return {
    saves: savedBy.map(({ k, write }) => (write ? write.end - k : Number.NaN)),
    slowWorker: savedBy.map(({ k, write }) => (write ? write.end - k + (CPU_SLOWDOWN - 1) * write.workerMs : Number.NaN)),
  };
}

/**
 * The floor under the keystroke figure: the same keys, at the same pace and CPU slowdown, typed into a
 * bare textarea holding the same text, with no script at all. Chromium's own work per key (editing,
 * layout and paint of the text) is what no editor code can go below; the time from each keydown to the
 * end of the task that handled it is measured with the Event Timing API. Event Timing reports only
 * events of 16 ms or more: the keys it does not report count as 16 ms (an upper bound), and a figure
 * among them prints as "< 16 ms".
 */
async function bareTextareaKeys(browser: Browser, text: string): Promise<number[]> {
  const page = await browser.newPage();
  await page.setContent('<textarea style="inline-size: 40rem; field-sizing: content"></textarea>');
  const box = page.locator('textarea');
  await box.fill(text);
  await box.press('Control+End');
  await page.waitForTimeout(500);
  // Observed from here: the typed keys only.
  await page.evaluate(() => {
    const w = window as unknown as { __events: number[] };
    w.__events = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'keydown') w.__events.push(e.duration);
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
  });
  await slowDown(page, false);
  await box.pressSequentially('x'.repeat(KEYSTROKES), { delay: 120 });
  // Event Timing entries arrive after the next frame.
  await page.waitForTimeout(500);
  const durations = await page.evaluate(() => (window as unknown as { __events: number[] }).__events);
  await page.close();
  return [...durations, ...Array<number>(Math.max(0, KEYSTROKES - durations.length)).fill(UNREPORTED)];
}
const UNREPORTED = 16;

const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1] ?? Number.NaN;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? Number.NaN;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const ms = (value: number, floor = false) => (floor && value <= UNREPORTED ? `< ${UNREPORTED} ms` : `${value.toFixed(0)} ms`);

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
  const keyRows: { what: string; measured: string; target: string }[] = [];
  if (runs('keys')) {
    for (const { name, text, what, target } of TEXTS) {
      const { saves, slowWorker } = await keystrokeToSave(browser, server.baseURL, accounts.focalPointBen, text, name);
      const floor = await bareTextareaKeys(browser, text);
      keyRows.push(
        {
          what: `keystroke → local save, p95 of ${saves.length} (${what})`,
          measured: `${ms(p95(saves))} (median ${ms(median(saves))})`,
          target,
        },
        {
          what: `  the same, the save's time in its worker counted ${CPU_SLOWDOWN}× (CDP cannot slow a worker)`,
          measured: `${ms(p95(slowWorker))} (median ${ms(median(slowWorker))})`,
          target,
        },
        {
          what: `  floor: the same keys in a bare textarea with that text, no script (p95 of ${floor.length})`,
          measured: `${ms(p95(floor), true)} (median ${ms(median(floor), true)})`,
          target: '',
        },
      );
    }
  }
  await browser.close();
  console.log(`\nSlow link and slow CPU (Regular 3G: 300 ms RTT, 700 kbit/s; CPU ${CPU_SLOWDOWN}× slower), time to usable:`);
  console.table([
    ...Object.entries(cold).map(([page, ms]) => ({ what: `cold ${page}`, measured: s(ms), target: '≤ 4.00 s' })),
    { what: 'offline relaunch /app/drafts (service worker)', measured: s(relaunch), target: '≤ 1.00 s' },
    ...keyRows,
  ]);
} finally {
  await server.stop();
}
process.exit(0);
