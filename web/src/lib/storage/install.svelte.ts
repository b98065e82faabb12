/**
 * Installing the app: Chromium offers `beforeinstallprompt`, which we keep to show our own Install
 * button; iOS Safari offers nothing, and evicts data of non-installed sites after 7 days without a
 * visit, so iPhone users get a hint instead.
 */
interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

let deferred = $state<InstallPromptEvent | null>(null);
let installed = $state(false);
let watching = false;

export const install = {
  get available(): boolean {
    return deferred !== null;
  },
  get installed(): boolean {
    return installed || isStandalone();
  },
  get isIos(): boolean {
    if (typeof navigator === 'undefined') return false;
    // iPadOS reports itself as a Mac; touch points tell them apart.
    return /iPhone|iPad|iPod/.test(navigator.userAgent) || (navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1);
  },
};

function isStandalone(): boolean {
  if (typeof window === 'undefined') return false;
  const iosStandalone = (navigator as Navigator & { standalone?: boolean }).standalone === true;
  return iosStandalone || window.matchMedia?.('(display-mode: standalone)').matches === true;
}

/** Starts listening (idempotent): the event fires once, early, so this runs from the workspace. */
export function watchInstallPrompt(): void {
  if (watching || typeof window === 'undefined') return;
  watching = true;
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault(); // keep it for our button instead of the browser's mini-infobar
    deferred = event as InstallPromptEvent;
  });
  window.addEventListener('appinstalled', () => {
    installed = true;
    deferred = null;
  });
}

export async function promptInstall(): Promise<void> {
  const event = deferred;
  if (!event) return;
  deferred = null; // a prompt event can be used once
  await event.prompt();
  if ((await event.userChoice).outcome === 'accepted') installed = true;
}
