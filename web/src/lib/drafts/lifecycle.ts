/**
 * When the page may be about to die (hidden, bfcache, closing, an update reload, another tab upgrading
 * the database), queued edits are written at once rather than when their timer fires.
 */
import { onBeforeDbClose } from '$lib/db/instance.ts';
import { onBeforeUpdateReload } from '$lib/pwa/pwa.svelte.ts';
import { flushAllAutosaves } from './autosave.svelte.ts';

let installed = false;

export function installAutosaveFlushers(): void {
  if (installed || typeof window === 'undefined') return;
  installed = true;
  const flushNow = () => void flushAllAutosaves();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushNow();
  });
  window.addEventListener('pagehide', flushNow);
  onBeforeUpdateReload(flushAllAutosaves);
  onBeforeDbClose(flushAllAutosaves);
}
