import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

export interface LoadSize {
  path: string;
  jsGzip: number;
  cssGzip: number;
  files: number;
  /** Every request the page made until the network was idle: documents, scripts, styles, API, icons. */
  requests: number;
  /** Bytes of response headers over those requests (names, values, ": " and CRLF). */
  headerBytes: number;
  /**
   * Scripts the page asked for before its first paint, when it marks one (`after-first-paint`, set by
   * web/src/lib/db/lazy.ts before the workspace fetches Dexie and the sync engine): gzip and count.
   * Null when the page set no mark (a public page defers nothing).
   */
  beforePaint: { jsGzip: number; files: number } | null;
}

/** The mark web/src/lib/db/lazy.ts sets when deferred work may start. */
const AFTER_FIRST_PAINT = 'after-first-paint';

const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;

/**
 * What a first visit to `path` downloads: every script and stylesheet the page requests, each measured
 * as gzip -9 of its bytes, so the figure does not depend on the server's compression settings. The
 * page must be fresh (new context, no service worker cache) for this to be a first load.
 */
export async function measureFirstLoad(page: Page, path: string): Promise<LoadSize> {
  const bodies = new Map<string, Promise<{ type: string; size: number }>>();
  const headers: Promise<number>[] = [];
  page.on('response', (response) => {
    headers.push(
      response
        .headersArray()
        .then((all) => all.reduce((n, h) => n + h.name.length + h.value.length + 4, 0))
        .catch(() => 0),
    );
    const type = response.request().resourceType();
    if (type !== 'script' && type !== 'stylesheet') return;
    if (new URL(response.url()).origin !== new URL(page.url() || response.url()).origin) return;
    bodies.set(
      response.url(),
      response
        .body()
        .then((b) => ({ type, size: gz(b) }))
        .catch(() => ({ type, size: 0 })),
    );
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  const sizes = await Promise.all(bodies.values());
  // Resource timing and the mark share the page's clock: a script started before the mark was needed
  // (or asked for) before the deferred work began.
  const before = await page.evaluate((mark) => {
    const painted = performance.getEntriesByName(mark)[0];
    if (!painted) return null;
    return performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime < painted.startTime)
      .map((entry) => entry.name);
  }, AFTER_FIRST_PAINT);
  const scriptsBefore = before ? await Promise.all([...bodies].filter(([url]) => before.includes(url)).map(([, size]) => size)) : null;
  return {
    path,
    jsGzip: sizes.filter((s) => s.type === 'script').reduce((n, s) => n + s.size, 0),
    cssGzip: sizes.filter((s) => s.type === 'stylesheet').reduce((n, s) => n + s.size, 0),
    files: sizes.length,
    requests: headers.length,
    headerBytes: (await Promise.all(headers)).reduce((n, b) => n + b, 0),
    beforePaint: scriptsBefore && {
      jsGzip: scriptsBefore.filter((s) => s.type === 'script').reduce((n, s) => n + s.size, 0),
      files: scriptsBefore.filter((s) => s.type === 'script').length,
    },
  };
}

/** The service worker's precache: every file its manifest lists, gzip -9 each, summed. */
export function precacheSize(webDir: string): { entries: number; gzip: number; raw: number } {
  const sw = readFileSync(join(webDir, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!);
  let gzip = 0;
  let raw = 0;
  for (const url of urls) {
    try {
      const bytes = readFileSync(join(webDir, url.replace(/^\//, '')));
      raw += bytes.length;
      gzip += gz(bytes);
    } catch {
      // a navigation fallback URL without a file of its own
    }
  }
  return { entries: urls.length, gzip, raw };
}
