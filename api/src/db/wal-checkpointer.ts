/**
 * WAL checkpoints off the event loop. With `synchronous=FULL` in WAL mode a COMMIT appends the
 * transaction's pages to the WAL and fsyncs it; the commit that takes the WAL past SQLite's
 * autocheckpoint (1,000 pages) also copies every page into the database file and fsyncs that, on the
 * writer's connection, i.e. on the main thread: a push's commits took 2–7 ms, and every fourth or fifth
 * 17–20 ms (docs/performance.md, round 5). A worker thread with a connection of its own runs a PASSIVE
 * checkpoint after commits instead: it copies what is committed while the writer goes on appending,
 * and never waits for a lock. The writer keeps its own autocheckpoint, raised, as a safety net should
 * the worker fall behind, and back at SQLite's default if the worker stops.
 *
 * Durability is unchanged: a commit is on disk when its WAL frames are fsynced, before any checkpoint;
 * a checkpoint only moves committed pages into the database file (and fsyncs it before the WAL is
 * reused).
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type SQLite from 'better-sqlite3';

/** The writer's own autocheckpoint while the worker runs: ~40 MB of WAL, far beyond a busy minute's lag. */
export const WRITER_AUTOCHECKPOINT_PAGES = 10_000;
/**
 * How often the worker checkpoints while commits arrive: a push's commit writes ~1 MB of WAL, and a
 * group commits every 25 ms or so under load, so this is about SQLite's own cadence of 1,000 pages.
 */
const CHECKPOINT_INTERVAL_MS = 100;
/** SQLite's default, restored when the worker is gone. */
const DEFAULT_AUTOCHECKPOINT_PAGES = 1_000;

// Plain CommonJS evaluated in the worker: no file to ship beside the server's bundle, no TypeScript
// loader. It checkpoints once per request, however many arrived during the previous checkpoint.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 5000');
db.pragma('synchronous = FULL');
parentPort.on('message', (message) => {
  if (message === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  let error = null;
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (e) {
    error = String(e && e.message ? e.message : e);
  }
  parentPort.postMessage({ error });
});
`;

export class WalCheckpointer {
  readonly #worker: Worker;
  /** A checkpoint is scheduled or running in the worker. */
  #busy = false;
  /** The scheduled checkpoint's timer, until it starts. */
  #timer: NodeJS.Timeout | null = null;
  /** Commits happened since the running checkpoint began: one more is owed. */
  #owed = false;
  #lastStart = -Infinity;
  #stopped = false;
  #idle: (() => void)[] = [];
  /** The last checkpoint's error, if it failed (the writer's autocheckpoint still bounds the WAL). */
  lastError: string | null = null;

  constructor(
    private readonly writer: SQLite.Database,
    file: string,
  ) {
    const module = createRequire(import.meta.url).resolve('better-sqlite3');
    this.#worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { module, file } });
    // A server that is done must be able to exit without closing its database first: the worker keeps
    // the process alive only while a checkpoint runs (or it is being closed).
    this.#worker.unref();
    this.#worker.on('message', (answer: { error: string | null }) => {
      this.lastError = answer.error;
      if (this.#owed && !this.#stopped) return this.#schedule();
      this.#busy = false;
      this.#worker.unref();
      this.#settle();
    });
    const stop = () => this.#stopAfterWorkerEnded();
    this.#worker.on('error', stop);
    this.#worker.on('exit', stop);
    writer.pragma(`wal_autocheckpoint = ${WRITER_AUTOCHECKPOINT_PAGES}`);
  }

  /** Called after each COMMIT on the writer: the worker checkpoints what is committed by then, soon. */
  committed(): void {
    if (this.#stopped) return;
    if (!this.#busy) this.#schedule();
    // A scheduled checkpoint will see this commit; a running one may not have.
    else if (!this.#timer) this.#owed = true;
  }

  /** Resolves once no checkpoint is scheduled, running or owed (tests; closing). */
  settled(): Promise<void> {
    if (!this.#busy || this.#stopped) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }

  /** Waits for a running checkpoint (a scheduled one is dropped), then closes the worker's connection. */
  async close(): Promise<void> {
    if (this.#stopped) return;
    this.#owed = false;
    if (this.#timer) {
      clearTimeout(this.#timer);
      this.#timer = null;
      this.#busy = false;
    }
    await this.settled();
    // The worker may have ended meanwhile: there is then no exit left to wait for.
    if (this.#stopped) return;
    this.#stopped = true;
    const exited = new Promise<void>((resolve) => this.#worker.once('exit', () => resolve()));
    this.#worker.ref();
    this.#worker.postMessage('close');
    await exited;
  }

  /** Ends the worker at once, as a crash would (tests). */
  terminate(): Promise<number> {
    return this.#worker.terminate();
  }

  /**
   * At most one checkpoint per interval: each one fsyncs the database file, and one after every
   * commit doubled the fsyncs that the commits' own WAL fsyncs queue behind on the same disk.
   */
  #schedule(): void {
    this.#busy = true;
    this.#owed = false;
    const delay = Math.max(0, this.#lastStart + CHECKPOINT_INTERVAL_MS - performance.now());
    this.#timer = setTimeout(() => {
      this.#timer = null;
      if (this.#stopped) return;
      this.#lastStart = performance.now();
      this.#worker.ref();
      this.#worker.postMessage('checkpoint');
    }, delay);
  }

  #settle(): void {
    for (const resolve of this.#idle.splice(0)) resolve();
  }

  #stopAfterWorkerEnded(): void {
    const wasStopped = this.#stopped;
    this.#stopped = true;
    this.#busy = false;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#settle();
    // Ended without being asked: the writer checkpoints for itself again, as SQLite does by default.
    if (!wasStopped && this.writer.open) this.writer.pragma(`wal_autocheckpoint = ${DEFAULT_AUTOCHECKPOINT_PAGES}`);
  }
}
