/**
 * What the browser says about this origin's storage: persistent or not, usage and quota. Browsers may
 * evict non-persistent data under pressure (Safari after 7 days without a visit), so persistence is
 * requested when the first draft is saved and the numbers are shown in Settings.
 */
export const STORAGE_WARNING_RATIO = 0.8;

let persisted = $state<boolean | null>(null);
let usage = $state<number | null>(null);
let quota = $state<number | null>(null);

export const storageStatus = {
  get persisted() {
    return persisted;
  },
  get usage() {
    return usage;
  },
  get quota() {
    return quota;
  },
  get ratio(): number | null {
    return usage !== null && quota ? usage / quota : null;
  },
  get nearlyFull(): boolean {
    const r = this.ratio;
    return r !== null && r >= STORAGE_WARNING_RATIO;
  },
};

export async function refreshStorageStatus(): Promise<void> {
  const manager = globalThis.navigator?.storage;
  if (!manager) return;
  persisted = manager.persisted ? await manager.persisted().catch(() => null) : null;
  if (manager.estimate) {
    const estimate = await manager.estimate().catch(() => null);
    usage = estimate?.usage ?? null;
    quota = estimate?.quota ?? null;
  }
}

/** Asks once per page to keep our data; browsers decide silently (Chromium: installed or engaged sites). */
let asked = false;
export async function requestPersistence(force = false): Promise<boolean> {
  const manager = globalThis.navigator?.storage;
  if (!manager?.persist || (asked && !force)) return persisted ?? false;
  asked = true;
  persisted = await manager.persist().catch(() => false);
  return persisted;
}
