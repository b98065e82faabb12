/**
 * Where the unsaved-edits journal (unsaved-journal.ts) keeps its entries, and whether any page left
 * some: every page that opens the database asks this, so it stays apart from the restoring code, which
 * is fetched only when there is something to restore (a workspace's first load carries this alone).
 */
const PREFIX = 'clearinghouse.unsaved.';
/** One key per page, so two tabs closing together do not overwrite each other's edits. */
export const ownKey = `${PREFIX}${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

export function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // storage disabled by the browser: the IndexedDB write is all there is
  }
}

/** The keys of edits kept by pages that went away (this page's own are still in its memory). */
export function keptKeys(store: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(PREFIX) && key !== ownKey) keys.push(key);
  }
  return keys;
}

export function hasKeptEdits(store: Storage | undefined = storage()): boolean {
  return !!store && keptKeys(store).length > 0;
}
