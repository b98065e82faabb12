/**
 * Whether the pseudo language (pseudo.ts) was asked for: a module of its own so that every page reads
 * the flag without carrying the pseudo transform, fetched only when the flag is set.
 */
export const PSEUDO_STORAGE_KEY = 'clearinghouse.pseudo';

/** Whether the pseudo language was asked for (read once at start; storage may be disabled). */
export function pseudoRequested(): boolean {
  try {
    return globalThis.localStorage?.getItem(PSEUDO_STORAGE_KEY) === '1';
  } catch {
    return false;
  }
}
