/**
 * Service worker registration (workbox-window via `virtual:pwa-register`) and update state.
 * With registerType 'prompt' a new version waits until the user chooses to reload, so an update
 * never reloads the page over a draft being written.
 */
const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

let needRefresh = $state(false);
let offlineReady = $state(false);
let updateServiceWorker: ((reloadPage?: boolean) => Promise<void>) | undefined;
let reloadRequested = false;
const beforeReloadHooks = new Set<() => Promise<void> | void>();

export const pwa = {
  /** A new version is installed and waiting. */
  get needRefresh(): boolean {
    return needRefresh;
  },
  /** The app shell was cached for the first time: the app now opens offline. */
  get offlineReady(): boolean {
    return offlineReady;
  },
};

export async function registerServiceWorker(): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // We reload on controllerchange ourselves: vite-pwa only reloads when the page was already
  // controlled at registration, so an update found in a first-visit session would never apply.
  let controlled = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloadRequested) return window.location.reload();
    // Another tab accepted an update: this tab now runs old code under the new worker. Offer the
    // reload rather than forcing it over unsaved work.
    if (controlled) needRefresh = true;
    controlled = true;
  });

  const { registerSW } = await import('virtual:pwa-register');
  updateServiceWorker = registerSW({
    immediate: true,
    onNeedRefresh: () => (needRefresh = true),
    onNeedReload: () => {}, // handled by the controllerchange listener above
    onOfflineReady: () => (offlineReady = true),
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      // Long-lived installed apps would otherwise only look for updates on navigation.
      setInterval(() => {
        if (navigator.onLine && !registration.installing) registration.update().catch(() => {});
      }, UPDATE_CHECK_INTERVAL_MS);
    },
    onRegisterError: (error: unknown) => console.warn('Service worker registration failed', error),
  });
}

/**
 * Runs before the reload that activates an update (e.g. flushing an autosave). Returns the cleanup.
 */
export function onBeforeUpdateReload(hook: () => Promise<void> | void): () => void {
  beforeReloadHooks.add(hook);
  return () => beforeReloadHooks.delete(hook);
}

/** Activates the waiting version and reloads, after the registered hooks have finished. */
export async function applyUpdate(): Promise<void> {
  for (const hook of beforeReloadHooks) await hook();
  const registration = await navigator.serviceWorker.getRegistration();
  // No waiting worker: another tab already activated the new version; only this page is stale.
  if (!registration?.waiting || !updateServiceWorker) return window.location.reload();
  reloadRequested = true;
  await updateServiceWorker(true);
}

export function dismissUpdate(): void {
  needRefresh = false;
}

export function dismissOfflineReady(): void {
  offlineReady = false;
}
