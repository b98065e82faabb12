/**
 * The database for code that the first paint of a page does not need (the header's sign-out, the
 * session, the workspace's sync and the dashboard's counts): Dexie is ~30 KiB of gzip JavaScript, so it
 * is fetched only when this is called.
 */
import type { ClearinghouseDb } from './database.ts';

export async function loadDb(): Promise<ClearinghouseDb> {
  const { getDb } = await import('./instance.ts');
  return getDb();
}

/** How long to wait for a frame before going on without one: a background tab paints none. */
const NO_FRAME_MS = 200;
/** User timing mark set when deferred work may start: what a page fetched before it was its first paint (the size test). */
const AFTER_FIRST_PAINT = 'after-first-paint';

/**
 * Resolves once the browser has painted what the page rendered so far, so that work started after it
 * (fetching and compiling Dexie and the sync engine) does not hold the first paint back. A frame
 * callback never runs in a background tab, so a timer resolves it there: sync must start anyway.
 */
export function afterFirstPaint(): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, NO_FRAME_MS);
    if (typeof requestAnimationFrame !== 'function') return;
    // The frame callback runs before that frame's paint; the task after it runs once it is painted.
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  }).then(() => {
    if (typeof performance !== 'undefined' && performance.getEntriesByName(AFTER_FIRST_PAINT).length === 0) {
      performance.mark(AFTER_FIRST_PAINT);
    }
  });
}
