/**
 * What autosave writes through. The drafts store itself (tests, and any page where a worker cannot
 * start), or the same save run in a worker (off-thread-saves.ts), so a keystroke's save does not wait
 * for the page's main thread to finish laying out and painting the key.
 */
import type { FieldError } from '@clearinghouse/shared';
import type { DraftsStore } from './drafts-store.ts';
import type { UnsavedEdit } from './unsaved-journal.ts';

export interface SavedEdit {
  /** The fields the schema refused, held on the device as typed (DraftsStore.saveEdits). */
  problems: FieldError[];
  /**
   * When the write committed, in this page's clock (`performance.now()`), when that is earlier than
   * the moment the promise settles here: a worker's commit is only heard once this thread is free.
   */
  committedAt?: number;
  /** How long the save took in the worker, from its message's arrival to the commit (user timing's detail). */
  workerMs?: number;
}

export interface EditSaver {
  /** Writes one record's edits in one transaction; rejects as DraftsStore.saveEdits does. */
  save(edit: UnsavedEdit): Promise<SavedEdit>;
}

/** The drafts store as an EditSaver: the save runs on this thread. */
export function onThisThread(store: DraftsStore): EditSaver {
  return {
    save: async ({ table, id, fields, typed }) => ({ problems: await store.saveEdits(table, id, fields, typed) }),
  };
}
