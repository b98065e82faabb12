/**
 * The sync manager: decides when a cycle runs and exposes what the user sees. Triggers: start, the
 * browser coming online, local changes (once they pause for CHANGE_DELAY_MS, at the latest
 * CHANGE_MAX_WAIT_MS after the first), a steady poll (to receive colleagues' changes), a capped
 * backoff with jitter while failing, and the "Sync now" button. Nothing relies on Background Sync: a
 * closed app syncs when it is next opened.
 *
 * This module is light on purpose: the workspace's indicator reads it on every page. The engine (the
 * cycle's steps, Dexie's liveQuery) is fetched when a sync starts, after the first paint.
 */
import type { Subscription } from 'dexie';
import type { ClearinghouseDb } from '$lib/db/database.ts';
import { endDisabledAccount, isAccountDisabled } from '$lib/state/session.svelte.ts';
import type { AttachmentFailure, UploadProgress } from './attachments-step.ts';
import { backoffDelay } from './backoff.ts';
import type { DeviceOwner } from '$lib/db/device-owner.ts';
import { EMPTY_SYNC_SUMMARY, readLocalSummary, wantsPromptSync, type LocalSyncSummary } from '../views/local-summary.ts';
import type { CycleResult } from './sync-cycle.ts';
import { classifyFailure, needsUser, type SyncFailure } from './sync-failure.ts';
import { withSyncLock } from './tab-lock.ts';
import { onLocalEdit } from '../local-edits.ts';
import type { Transport } from '../transport.ts';

/**
 * Local changes are pushed once they pause this long (a debounce: every edit, typed or queued, starts it
 * again), so a burst of typing becomes one push. Each push of a long text is a cycle's worth of work on
 * the page's main thread and database; pushed every 2 s while a person typed 60,000 characters, it made
 * the keys' saves wait (docs/performance.md, "Round 6 (keystroke)").
 */
export const CHANGE_DELAY_MS = 2_000;
/** …but never later than this after the first change not yet pushed: hours of typing still leave the device. */
export const CHANGE_MAX_WAIT_MS = 10_000;
/**
 * While edits come, the indicator's summary is not read again: every save changes the outbox, and
 * reading it after each key was a read transaction per key competing with the next key's save. It is
 * read again this long after the last edit (the editor's own reads pause the same way: TYPING_PAUSE_MS).
 */
export const SUMMARY_PAUSE_MS = 1_000;
/** While healthy, how often to look for colleagues' changes. */
export const POLL_MS = 15_000;

/** The cycle and liveQuery, fetched once (again after a failed fetch). */
let engine:
  Promise<{ observe: typeof import('$lib/db/observe.ts').observe; runCycle: typeof import('./sync-cycle.ts').runCycle }> | undefined;
function loadEngine() {
  engine ??= Promise.all([import('$lib/db/observe.ts'), import('./sync-cycle.ts')]).then(
    ([{ observe }, { runCycle }]) => ({ observe, runCycle }),
    (error: unknown) => {
      engine = undefined;
      throw error;
    },
  );
  return engine;
}

export interface SyncManagerDeps {
  db: ClearinghouseDb;
  transport: Transport;
  user: DeviceOwner;
  isOnline?: () => boolean;
}

export class SyncManager {
  running = $state(false);
  /** Started, but the database or the engine is still being fetched, or the device not read yet. */
  starting = $state(false);
  failure = $state<SyncFailure | null>(null);
  local = $state<LocalSyncSummary>(EMPTY_SYNC_SUMMARY);
  lastResult = $state<CycleResult | null>(null);
  attachmentFailures = $state<AttachmentFailure[]>([]);
  /** The file going up in this tab's cycle, with its bytes sent; null when no upload is under way. */
  upload = $state<UploadProgress | null>(null);
  /** When the next automatic attempt is due (ms since epoch), for "retrying in…". */
  nextAttemptAt = $state<number | null>(null);

  private deps: SyncManagerDeps | null = null;
  private failures = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** The timer is the change delay's (a later change moves it), not a poll's, a retry's or the start's. */
  private timerForChange = false;
  /** When the first local change not yet taken by a cycle was noted (for CHANGE_MAX_WAIT_MS). */
  private changeSince: number | null = null;
  private again = false;
  private subscription: Subscription | null = null;
  /** Starts (again) following the summary; null until the engine is there. */
  private watchSummary: (() => void) | null = null;
  private summaryTimer: ReturnType<typeof setTimeout> | null = null;
  private detach: (() => void) | null = null;
  /** Counts starts and stops, so a stale start (or its stop function) does nothing. */
  private generation = 0;

  /**
   * Starts once `deps` are there: the workspace fetches the database and the transport after its first
   * paint. Meanwhile the indicator says a sync is on its way, not "up to date". Returns the stop function.
   */
  startWhenReady(deps: Promise<SyncManagerDeps>): () => void {
    this.stop();
    const run = this.generation;
    this.starting = true;
    deps.then(
      (ready) => {
        if (this.generation === run) this.begin(ready);
      },
      (error: unknown) => {
        if (this.generation !== run) return;
        this.starting = false;
        this.failure = classifyFailure(error);
        console.warn('Starting the sync failed', error);
      },
    );
    return () => {
      if (this.generation === run) this.stop();
    };
  }

  /** Starts syncing for a signed-in user; returns the stop function. Starting again replaces the previous run. */
  start(deps: SyncManagerDeps): () => void {
    this.stop();
    const run = this.generation;
    this.begin(deps);
    return () => {
      if (this.generation === run) this.stop();
    };
  }

  private begin(deps: SyncManagerDeps): void {
    this.deps = deps;
    this.starting = true;
    this.failure = null;
    this.failures = 0;
    let previous: LocalSyncSummary | null = null;
    loadEngine().then(
      ({ observe }) => {
        if (this.deps !== deps) return;
        const watch = () => {
          this.subscription?.unsubscribe();
          this.subscription = observe(() => readLocalSummary(deps.db)).subscribe({
            next: (summary) => {
              // The same figures again (an edit folded into a pending entry): nothing on screen changes.
              if (!sameSummary(this.local, summary)) this.local = summary;
              this.starting = false;
              // A newly queued change or transmission: sync once changes pause.
              if (wantsPromptSync(previous, summary)) this.noteChange();
              previous = summary;
            },
            error: (error) => {
              this.starting = false;
              console.warn('Reading the sync state failed', error);
            },
          });
        };
        this.watchSummary = watch;
        // Edits typed before the engine arrived: their pause has begun.
        if (!this.summaryTimer) watch();
      },
      // The cycle reports it too (run() loads the same engine): here only the state is settled.
      () => {
        if (this.deps === deps) this.starting = false;
      },
    );
    const onOnline = () => this.schedule(0, true);
    globalThis.addEventListener?.('online', onOnline);
    const stopListening = onLocalEdit(() => {
      this.noteChange();
      this.pauseSummary();
    });
    this.detach = () => {
      globalThis.removeEventListener?.('online', onOnline);
      stopListening();
    };
    this.schedule(0);
  }

  stop(): void {
    this.generation++;
    this.starting = false;
    this.clearTimer();
    this.changeSince = null;
    if (this.summaryTimer) clearTimeout(this.summaryTimer);
    this.summaryTimer = null;
    this.watchSummary = null;
    this.subscription?.unsubscribe();
    this.subscription = null;
    this.detach?.();
    this.detach = null;
    this.deps = null;
  }

  /** The "Sync now" button: run at once, forgetting any backoff. */
  syncNow(): Promise<void> {
    this.failures = 0;
    return this.run(true);
  }

  /** Runs a cycle after `delayMs` unless one is already due sooner. `reset` clears a user-fixable failure. */
  schedule(delayMs: number, reset = false): void {
    if (!this.deps) return;
    if (reset) this.failures = 0;
    const due = Date.now() + delayMs;
    if (this.timer && this.nextAttemptAt !== null && this.nextAttemptAt <= due) return;
    this.arm(due, reset, false);
  }

  /**
   * A local change (an edit typed, a change or a transmission queued): a cycle once changes pause for
   * CHANGE_DELAY_MS, and no later than CHANGE_MAX_WAIT_MS after the first one not yet taken by a cycle.
   * Only the change delay's own timer moves later; a sooner one for another reason stays.
   */
  noteChange(): void {
    if (!this.deps) return;
    const now = Date.now();
    this.changeSince ??= now;
    const due = Math.min(now + CHANGE_DELAY_MS, this.changeSince + CHANGE_MAX_WAIT_MS);
    if (this.timer && !this.timerForChange && this.nextAttemptAt !== null && this.nextAttemptAt <= due) return;
    this.arm(due, false, true);
  }

  /** An edit: the summary is read again SUMMARY_PAUSE_MS after the last one (see there). */
  private pauseSummary(): void {
    this.subscription?.unsubscribe();
    this.subscription = null;
    if (this.summaryTimer) clearTimeout(this.summaryTimer);
    this.summaryTimer = setTimeout(() => {
      this.summaryTimer = null;
      this.watchSummary?.();
    }, SUMMARY_PAUSE_MS);
  }

  private arm(due: number, reset: boolean, forChange: boolean): void {
    this.clearTimer();
    this.nextAttemptAt = due;
    this.timerForChange = forChange;
    this.timer = setTimeout(
      () => {
        this.timer = null;
        this.nextAttemptAt = null;
        // Whatever this cycle does (even nothing, offline), changes from now on wait anew.
        this.changeSince = null;
        void this.run(reset);
      },
      Math.max(0, due - Date.now()),
    );
  }

  private async run(userAsked = false): Promise<void> {
    const deps = this.deps;
    if (!deps) return;
    if (this.running) {
      this.again = true; // a change arrived during the cycle: one more cycle right after
      return;
    }
    // A 401 or 426 waits for the user (sign in, update), not for a timer.
    if (needsUser(this.failure) && !userAsked) return;
    if (deps.isOnline && !deps.isOnline()) return; // the `online` event starts the next cycle
    this.running = true;
    this.again = false;
    this.clearTimer();
    this.changeSince = null; // the cycle takes every change queued until now
    try {
      const { runCycle } = await loadEngine();
      if (this.deps !== deps) return;
      const result = await withSyncLock(() =>
        runCycle(deps.db, deps.transport, deps.user, undefined, (progress) => {
          if (this.deps === deps) this.upload = progress;
        }),
      );
      if (this.deps !== deps) return;
      if (result) {
        this.lastResult = result;
        this.attachmentFailures = result.attachmentFailures;
      }
      this.failure = null;
      this.failures = 0;
      // Another tab held the lock: its results reach this tab through liveQuery; look again later.
      this.schedule(this.again ? 0 : POLL_MS);
    } catch (error) {
      if (this.deps !== deps) return;
      this.failure = classifyFailure(error);
      if (isAccountDisabled(error)) {
        // Deactivated: this entity's data leaves the device (session.svelte.ts), and sync stops for good.
        this.stop();
        void endDisabledAccount().catch((wipeError: unknown) => console.warn('Removing local data failed', wipeError));
        return;
      }
      this.failures++;
      if (!needsUser(this.failure)) this.schedule(backoffDelay(this.failures));
    } finally {
      this.running = false;
      this.upload = null;
    }
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.timerForChange = false;
    this.nextAttemptAt = null;
  }
}

function sameSummary(a: LocalSyncSummary, b: LocalSyncSummary): boolean {
  return (Object.keys(b) as (keyof LocalSyncSummary)[]).every((key) => a[key] === b[key]);
}

/** The app's one manager; the workspace layout starts it for the signed-in user. */
export const syncManager = new SyncManager();
