/**
 * `live()` (live.svelte.ts) for a page whose first paint must not wait for Dexie: the database and
 * liveQuery are fetched after that paint, then the query is observed as `live()` would. `prepare` runs
 * in the effect, so the reactive values it reads (the signed-in user, say) re-subscribe when they
 * change; it returns the query over the database, or null for "nothing to read" (the value stays
 * `initial`).
 */
import type { ClearinghouseDb } from './database.ts';
import { afterFirstPaint, loadDb } from './lazy.ts';
import type { Live } from './live.svelte.ts';

export function liveAfterPaint<T>(prepare: () => ((db: ClearinghouseDb) => Promise<T>) | null, initial: T): Live<T> {
  let value = $state.raw<T>(initial);
  let loaded = $state(false);
  let error = $state<unknown>(null);
  $effect(() => {
    const query = prepare();
    if (!query) {
      value = initial;
      return;
    }
    let stopped = false;
    let subscription: { unsubscribe(): void } | undefined;
    void afterFirstPaint()
      .then(() => Promise.all([loadDb(), import('./observe.ts')]))
      .then(
        ([db, { observe }]) => {
          if (stopped) return;
          subscription = observe(() => query(db)).subscribe({
            next: (next) => {
              value = next;
              loaded = true;
              error = null;
            },
            error: (failure: unknown) => {
              error = failure;
              loaded = true;
            },
          });
        },
        (failure: unknown) => {
          if (stopped) return;
          error = failure;
          loaded = true;
        },
      );
    return () => {
      stopped = true;
      subscription?.unsubscribe();
    };
  });
  return {
    get value() {
      return value;
    },
    get loaded() {
      return loaded;
    },
    get error() {
      return error;
    },
  };
}
