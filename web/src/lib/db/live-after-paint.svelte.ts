/**
 * `live()` (live.svelte.ts) for a page whose first paint must not wait for Dexie: the database and
 * liveQuery are fetched after that paint, then the query is observed as `live()` would. `prepare` runs
 * in the effect, so the reactive values it reads (the signed-in user, say) re-subscribe when they
 * change; it returns the query over the database, or null for "nothing to read" (the value stays
 * `initial`).
 */
import type { ClearinghouseDb } from './database.ts';
import { afterFirstPaint, loadDb } from './lazy.ts';
import { liveCell, type Live } from './live-cell.svelte.ts';

export function liveAfterPaint<T>(prepare: () => ((db: ClearinghouseDb) => Promise<T>) | null, initial: T): Live<T> {
  const cell = liveCell(initial);
  $effect(() => {
    const query = prepare();
    if (!query) {
      cell.reset();
      return;
    }
    let stopped = false;
    let subscription: { unsubscribe(): void } | undefined;
    void afterFirstPaint()
      .then(() => Promise.all([loadDb(), import('./observe.ts')]))
      .then(
        ([db, { observe }]) => {
          if (!stopped) subscription = observe(() => query(db)).subscribe(cell.observer);
        },
        (failure: unknown) => {
          if (!stopped) cell.observer.error(failure);
        },
      );
    return () => {
      stopped = true;
      subscription?.unsubscribe();
    };
  });
  return cell.live;
}
