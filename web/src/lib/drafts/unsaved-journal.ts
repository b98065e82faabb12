/**
 * The edits autosave still holds when the page goes away (a reload, a closed tab, a phone discarding a
 * hidden one). `pagehide` starts their IndexedDB write, but an unloading page is not waited for: keys
 * typed in the last few hundred milliseconds before a reload were lost. So the same handler first
 * writes them to localStorage, which is synchronous; the next page that opens the database writes them
 * through the drafts store before any other query runs (instance.ts), and removes them.
 *
 * An edit is written back only if its record has not changed since it was typed: when the record is
 * newer, either the page's own write did finish, or a later edit or pull has replaced it, and either
 * way writing the old text again would undo something. Sign-out removes these keys with every other
 * private `clearinghouse.*` key (device/wipe.ts).
 */
import type { SyncTable } from '@clearinghouse/shared';
import type { ClearinghouseDb } from '$lib/db/database.ts';
import { keptKeys, ownKey, storage } from './unsaved-journal-keys.ts';

export { hasKeptEdits } from './unsaved-journal-keys.ts';

export interface UnsavedEdit {
  table: SyncTable;
  id: string;
  fields: Record<string, unknown>;
  /** The text as typed, for a value the schema refuses (held-values.ts). */
  typed: Record<string, string>;
}

interface Journal {
  /** When the edits were kept: a record changed at or after this time has them, or something newer. */
  at: string;
  edits: UnsavedEdit[];
}

/** Keeps the edits synchronously (called while the page hides or unloads); none: forgets this page's. */
export function keepUnsaved(edits: UnsavedEdit[], now: Date = new Date(), store: Storage | undefined = storage()): void {
  if (!store) return;
  try {
    if (edits.length === 0) store.removeItem(ownKey);
    else store.setItem(ownKey, JSON.stringify({ at: now.toISOString(), edits } satisfies Journal));
  } catch (error) {
    // Full or refused: nothing more can be done synchronously; the IndexedDB write is still under way.
    console.warn('Could not keep unsaved edits in localStorage', error);
  }
}

/**
 * Writes the edits kept by pages that went away into `db` and removes them; returns how many edits were
 * written. Each is written only if its record still exists and has not changed since it was kept.
 */
export async function restoreKeptEdits(db: ClearinghouseDb, store: Storage | undefined = storage()): Promise<number> {
  if (!store) return 0;
  const { DraftsStore } = await import('./drafts-store.ts');
  const drafts = new DraftsStore(db);
  let restored = 0;
  for (const key of keptKeys(store)) {
    const journal = parse(store.getItem(key));
    for (const edit of journal?.edits ?? []) {
      const record = edit.table === 'items' ? await db.items.get(edit.id) : await db.submissions.get(edit.id);
      if (!record || (typeof record.updatedAt === 'string' && record.updatedAt >= journal!.at)) continue;
      await drafts.saveEdits(edit.table, edit.id, edit.fields, edit.typed);
      restored++;
    }
    // Removed only once written: a failure leaves them for the next page.
    store.removeItem(key);
  }
  return restored;
}

function parse(text: string | null): Journal | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<Journal>;
    return typeof value.at === 'string' && Array.isArray(value.edits) ? (value as Journal) : null;
  } catch {
    return null; // not ours or cut short: nothing can be restored from it
  }
}
