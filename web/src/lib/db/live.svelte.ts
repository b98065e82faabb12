/**
 * A Dexie liveQuery as rune state: re-runs when the tables it read change, in this tab or another. It
 * goes through `observe` (observe.ts), which keeps liveQuery following reads made after an await.
 * Call it during component initialisation; reactive values read by `query` before its first `await`
 * re-subscribe when they change.
 *
 * `paused`: while it returns true, nothing is read and the last value stays; when it turns false the
 * query reads afresh and observes again. (Read here, in the effect, so that it is always tracked: a
 * querier that read nothing while paused would observe nothing and never wake up again.)
 */
import { liveCell, type Live } from './live-cell.svelte.ts';
import { observe } from './observe.ts';

export type { Live } from './live-cell.svelte.ts';

export function live<T>(query: () => Promise<T>, initial: T, paused?: () => boolean): Live<T> {
  const cell = liveCell(initial);
  $effect(() => {
    if (paused?.()) return;
    const subscription = observe(query).subscribe(cell.observer);
    return () => subscription.unsubscribe();
  });
  return cell.live;
}
