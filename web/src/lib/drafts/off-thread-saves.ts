/**
 * The autosave's saves run in a worker (save-worker.ts) when the browser can start one; on this thread
 * otherwise. Nothing typed is lost on the way: a save the worker cannot do (it failed to start, e.g. an
 * old browser or its file missing offline; or its connection was closed for an upgrade or a sign-out)
 * is done here instead, and every later save of the page too.
 */
import { onBeforeDbClose } from '$lib/db/instance.ts';
import { draftsStore, type DraftsStore } from './drafts-store.ts';
import { onThisThread, type EditSaver, type SavedEdit } from './edit-saver.ts';
import { ownRefusal, type SaveAnswer, type SaveRequest } from './save-messages.ts';
import type { UnsavedEdit } from './unsaved-journal.ts';

interface Waiting {
  edit: UnsavedEdit;
  resolve: (saved: SavedEdit) => void;
  reject: (error: unknown) => void;
}

export class OffThreadSaves implements EditSaver {
  readonly #here: EditSaver;
  #worker: Worker | null | undefined;
  #seq = 0;
  readonly #waiting = new Map<number, Waiting>();

  constructor(
    store: DraftsStore,
    private readonly start: () => Worker = startSaveWorker,
  ) {
    this.#here = onThisThread(store);
    // This page is giving its connection up (another tab's upgrade): the worker's goes now, and the
    // saves still asked of it, and those the autosave flushes next, are done on this page's connection.
    onBeforeDbClose(() => this.#fallBack());
  }

  /** Starts the worker now (it opens its connection), so the first key's save does not wait for that. */
  warm(): void {
    this.#workerOrNull();
  }

  save(edit: UnsavedEdit): Promise<SavedEdit> {
    const worker = this.#workerOrNull();
    if (!worker) return this.#here.save(edit);
    const seq = ++this.#seq;
    return new Promise<SavedEdit>((resolve, reject) => {
      this.#waiting.set(seq, { edit, resolve, reject });
      try {
        worker.postMessage({ seq, edit } satisfies SaveRequest);
      } catch {
        // The edit could not be sent (a value the browser cannot copy to a worker): this thread saves
        // it, and what the worker still holds, in order.
        this.#fallBack();
      }
    });
  }

  #workerOrNull(): Worker | null {
    if (this.#worker !== undefined) return this.#worker;
    try {
      const worker = this.start();
      worker.onmessage = (event: MessageEvent<SaveAnswer>) => this.#answered(event.data);
      // An answer that could not be read would leave its save waiting for ever.
      worker.onmessageerror = () => this.#fallBack();
      // The worker's script did not load or run: what it was asked is done here.
      worker.onerror = (event) => {
        event.preventDefault();
        this.#fallBack();
      };
      this.#worker = worker;
    } catch {
      this.#worker = null;
    }
    return this.#worker;
  }

  #answered(answer: SaveAnswer): void {
    const waiting = this.#waiting.get(answer.seq);
    if (!waiting) return;
    if (answer.ok) {
      this.#waiting.delete(answer.seq);
      waiting.resolve({
        problems: answer.problems,
        committedAt: answer.committedAt - performance.timeOrigin,
        workerMs: answer.committedAt - answer.receivedAt,
      });
      return;
    }
    // A refusal is the save's own answer, the same on any thread: passed on as it is.
    const refusal = ownRefusal(answer.error);
    if (refusal) {
      this.#waiting.delete(answer.seq);
      waiting.reject(refusal);
      return;
    }
    // The worker's connection failed it (closed for another tab's upgrade or a sign-out, could not
    // open, a full disk): its transaction did not commit, so nothing was written. This thread's
    // connection does it, with every other save the worker was still asked (another editor's, in the
    // order they were asked), and every later save: it says what is wrong, as before the worker.
    this.#fallBack();
  }

  /**
   * No more worker for this page; what it had not answered is saved here, in the order it was asked (a
   * save the worker did commit but had not answered yet is written again with the same values).
   */
  #fallBack(): void {
    this.#stopWorker();
    const unanswered = [...this.#waiting.values()];
    this.#waiting.clear();
    for (const { edit, resolve, reject } of unanswered) this.#here.save(edit).then(resolve, reject);
  }

  #stopWorker(): void {
    this.#worker?.terminate();
    this.#worker = null;
  }
}

let saves: OffThreadSaves | undefined;

/** The page's one worker for autosave, shared by every editor the page opens (started at the first save). */
export function offThreadSaves(): OffThreadSaves {
  saves ??= new OffThreadSaves(draftsStore());
  return saves;
}

function startSaveWorker(): Worker {
  return new Worker(new URL('./save-worker.ts', import.meta.url), { type: 'module', name: 'autosave' });
}
