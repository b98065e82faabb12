/**
 * Autosave: edits are written through the drafts store (one transaction per record, with its outbox
 * entry). There is no save button; `status` says what the user needs to know.
 *
 * Schedule: the first edit of a burst is written at once (in a microtask, so the fields one event
 * changes go together, and before the browser renders the key); edits made while a write is in flight
 * wait in memory and go in one write as soon as it ends. So an edit is never held longer than the write
 * before it, and a fast typist costs one write per write time, not one per key. (A 300 ms hold was
 * measured against this on a 60,000-character text: the hold itself was most of the time from a key
 * to its save; docs/performance.md, "Round 5".)
 */
import type { SyncTable } from '@clearinghouse/shared';
import { fieldErrorText } from '$lib/api/error-message.ts';
import { onBeforeDbClose } from '$lib/db/instance.ts';
import { onBeforeUpdateReload } from '$lib/pwa/pwa.svelte.ts';
import { isQuotaError } from '$lib/storage/quota.ts';
import { noteLocalEdit } from '$lib/sync/local-edits.ts';
import type { EditSaver } from './edit-saver.ts';
import { DraftNotFoundError, DraftValidationError } from './errors.ts';
import { keepUnsaved, type UnsavedEdit } from './unsaved-journal.ts';

/**
 * How long after the last save of typed text (with nothing queued) the person counts as still typing:
 * the editor's live reads of the draft wait for that pause (see `typing`).
 */
export const TYPING_PAUSE_MS = 1_000;

/** How long the first edit of a burst waits before its write starts: none (tests pass a longer hold). */
export const AUTOSAVE_DELAY_MS = 0;

type Fields = Record<string, unknown>;
interface Pending {
  table: SyncTable;
  id: string;
  fields: Fields;
  /** The text typed for text fields: what is held on the device if the schema refuses the value. */
  typed: Record<string, string>;
}
export type AutosaveStatus = 'saved' | 'saving' | 'failed';

const live = new Set<Autosave>();

export class Autosave {
  status = $state<AutosaveStatus>('saved');
  /** Set when the last write failed for lack of space: the edits are kept in memory for a retry. */
  quotaExceeded = $state(false);
  failure = $state<string | null>(null);
  /**
   * True from a typed edit until TYPING_PAUSE_MS after its save with nothing else queued. The editor
   * pauses its live reads of the draft meanwhile: the form already shows what was typed, and re-reading
   * the draft after every keystroke's save made each next save wait behind those reads (a read
   * transaction holds up a write over the same tables) and laid the page out again. Any other write (a
   * tick, an element added, moved or deleted, a flush asked by the page) ends it at once, so its result
   * shows without waiting.
   */
  typing = $state(false);
  #pauseTimer: ReturnType<typeof setTimeout> | undefined;

  #pending = new Map<string, Pending>();
  #inflight = new Map<string, Pending>();
  #timer: ReturnType<typeof setTimeout> | null = null;
  /** A write has been asked for (timer or microtask) and not started yet. */
  #scheduled = false;
  /** A write is under way: edits made now wait for it and go in the next one. */
  #writing = false;
  #running: Promise<void> = Promise.resolve();
  /** Immediate writes (a tick, a choice) still in flight: "Saved" waits for them too. */
  #direct = 0;

  /** `saver`: the worker's saves (off-thread-saves.ts), or `onThisThread(store)` (edit-saver.ts). */
  constructor(
    private readonly saver: EditSaver,
    private readonly delayMs = AUTOSAVE_DELAY_MS,
    private readonly pauseMs = TYPING_PAUSE_MS,
  ) {
    live.add(this);
    installFlushers();
  }

  /**
   * Queues one field of one record; written within `delayMs`. `typed` is the text as the person wrote
   * it, kept on the device as it is if the schema refuses `value` (held-values.ts).
   */
  set(table: SyncTable, id: string, field: string, value: unknown, typed?: string): void {
    const key = `${table}:${id}`;
    const entry = this.#pending.get(key) ?? { table, id, fields: {}, typed: {} };
    entry.fields[field] = value;
    if (typed === undefined) delete entry.typed[field];
    else entry.typed[field] = typed;
    this.#pending.set(key, entry);
    this.status = 'saving';
    clearTimeout(this.#pauseTimer);
    this.typing = true;
    this.#schedule();
    // The sync waits until the person pauses (sync-manager.svelte.ts, CHANGE_DELAY_MS).
    noteLocalEdit();
  }

  #schedule(): void {
    // While a write runs, it takes what is queued when it ends (#write): nothing to schedule.
    if (this.#scheduled || this.#writing) return;
    this.#scheduled = true;
    if (this.delayMs > 0) this.#timer = setTimeout(() => void this.#flushQueued(), this.delayMs);
    else queueMicrotask(() => void (this.#scheduled && this.#flushQueued()));
  }

  #endTyping(): void {
    clearTimeout(this.#pauseTimer);
    this.typing = false;
  }

  /**
   * Runs an immediate write (one that does not wait for the autosave window) and counts it in the
   * status, so the page never says "Saved on this device" while a box just ticked is still being written.
   */
  async track<T>(work: () => Promise<T>): Promise<T> {
    this.#endTyping();
    this.#direct++;
    this.status = 'saving';
    try {
      return await work();
    } finally {
      this.#direct--;
      this.#settle();
    }
  }

  #settle(): void {
    const busy = this.#pending.size > 0 || this.#inflight.size > 0 || this.#direct > 0;
    this.status = busy ? 'saving' : this.failure !== null ? 'failed' : 'saved';
  }

  /** Whether an edit of this field is not yet on disk: the form must not overwrite it from storage. */
  isDirty(table: SyncTable, id: string, field: string): boolean {
    const key = `${table}:${id}`;
    return field in (this.#pending.get(key)?.fields ?? {}) || field in (this.#inflight.get(key)?.fields ?? {});
  }

  /** Writes everything queued now; resolves when it is on disk (or has failed). Ends `typing`. */
  flush(): Promise<void> {
    this.#endTyping();
    return this.#flushQueued();
  }

  #flushQueued(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#scheduled = false;
    this.#running = this.#running.then(() => this.#write());
    return this.#running;
  }

  /** What is not yet known to be on disk: queued edits over those being written, per record. */
  unsaved(): UnsavedEdit[] {
    const edits = new Map<string, UnsavedEdit>();
    for (const [key, { table, id, fields, typed }] of [...this.#inflight, ...this.#pending]) {
      const before = edits.get(key);
      edits.set(key, { table, id, fields: { ...before?.fields, ...fields }, typed: { ...before?.typed, ...typed } });
    }
    return [...edits.values()];
  }

  get idle(): boolean {
    return this.#pending.size === 0 && this.#inflight.size === 0;
  }

  dispose(): Promise<void> {
    live.delete(this);
    clearTimeout(this.#pauseTimer);
    return this.flush();
  }

  async #write(): Promise<void> {
    this.#writing = true;
    try {
      // Edits made during a write are written right after it; after a failure they wait for the next
      // edit or flush (a retry loop against a full disk would spin).
      while (this.#pending.size > 0 && (await this.#writeBatch()));
    } finally {
      this.#writing = false;
    }
    // Also after a failure (its edits queued again): the page must not stay frozen until a retry. Fields
    // with queued edits are not overwritten by what storage says (isDirty).
    if (this.typing) {
      clearTimeout(this.#pauseTimer);
      this.#pauseTimer = setTimeout(() => (this.typing = false), this.pauseMs);
    }
  }

  /** Writes what is queued now; false when a record's write failed (its edits are queued again). */
  async #writeBatch(): Promise<boolean> {
    const batch = [...this.#pending.entries()];
    this.#pending.clear();
    for (const [key, entry] of batch) this.#inflight.set(key, entry);
    let failed = false;
    for (const [key, { table, id, fields, typed }] of batch) {
      try {
        const started = performance.now();
        // Refused values are held on the device (not an error of the save): the field shows them.
        const { committedAt, workerMs } = await this.saver.save({ table, id, fields, typed });
        markCommitted(started, committedAt, workerMs);
      } catch (error) {
        if (error instanceof DraftNotFoundError) continue; // deleted meanwhile: nothing left to save
        failed = true;
        this.#keepForRetry(key, table, id, fields, typed, error);
      } finally {
        this.#inflight.delete(key);
      }
    }
    if (!failed) {
      this.quotaExceeded = false;
      this.failure = null;
      this.#settle();
    } else {
      // The failed edits are queued again (for the retry), so "queued" alone must not read as "Saving…".
      this.status = this.#direct > 0 ? 'saving' : 'failed';
    }
    return !failed;
  }

  #keepForRetry(key: string, table: SyncTable, id: string, fields: Fields, typed: Record<string, string>, error: unknown): void {
    // Newer edits queued meanwhile win over the failed ones.
    const newer = this.#pending.get(key);
    this.#pending.set(key, { table, id, fields: { ...fields, ...newer?.fields }, typed: { ...typed, ...newer?.typed } });
    this.quotaExceeded = isQuotaError(error);
    // A refused value is worded by its code in the reader's language, not with the schema's English.
    if (error instanceof DraftValidationError) this.failure = error.details.map((detail) => fieldErrorText(detail)).join(' ');
    else this.failure = error instanceof Error ? error.message : String(error);
    if (!this.quotaExceeded) console.error('Autosave failed', error);
  }
}

/**
 * A user-timing entry per committed write (`pnpm bench` reads them with a PerformanceObserver to time
 * a keystroke to its save): only the latest is kept, so a long session does not grow the timeline.
 * It ends at the commit; a save done in the worker says in `detail.workerMs` how long it took there
 * (the bench's CPU slowdown cannot slow a worker: it counts that time again at the slowdown).
 */
export const AUTOSAVE_MEASURE = 'autosave-write';
function markCommitted(started: number, committedAt = performance.now(), workerMs?: number): void {
  performance.clearMeasures(AUTOSAVE_MEASURE);
  const end = Math.max(started, committedAt);
  performance.measure(AUTOSAVE_MEASURE, { start: started, end, ...(workerMs === undefined ? {} : { detail: { workerMs } }) });
}

/** Writes every open editor's queued edits: before the page hides, unloads or reloads for an update. */
export async function flushAllAutosaves(): Promise<void> {
  await Promise.all([...live].map((autosave) => autosave.flush()));
  // The page lived to see them on disk: the copy kept for its unload is not needed.
  if ([...live].every((autosave) => autosave.idle)) keepUnsaved([]);
}

/** Keeps every open editor's unsaved edits synchronously, for the next page should this one die now. */
function keepAllUnsaved(): void {
  keepUnsaved([...live].flatMap((autosave) => autosave.unsaved()));
}

let flushersInstalled = false;

/**
 * When the page may be about to die (hidden, bfcache, closing, an update reload, another tab upgrading
 * the database), queued edits are written at once rather than when their timer fires. Installed with
 * the first autosave: pages without an editor have nothing to flush.
 */
function installFlushers(): void {
  if (flushersInstalled || typeof window === 'undefined') return;
  flushersInstalled = true;
  // The synchronous copy first: an unloading page is not waited for, so the write may never finish.
  const flushNow = () => {
    keepAllUnsaved();
    void flushAllAutosaves();
  };
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushNow();
  });
  window.addEventListener('pagehide', flushNow);
  onBeforeUpdateReload(flushAllAutosaves);
  onBeforeDbClose(flushAllAutosaves);
}
