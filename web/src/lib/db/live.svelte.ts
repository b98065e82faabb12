/**
 * A Dexie liveQuery as rune state: re-runs when the tables it read change, in this tab or another. It
 * goes through `observe` (observe.ts), which keeps liveQuery following reads made after an await.
 * Call it during component initialisation; reactive values read by `query` before its first `await`
 * re-subscribe when they change.
 */
import { liveCell, type Live } from './live-cell.svelte.ts';
import { observe } from './observe.ts';

export type { Live } from './live-cell.svelte.ts';

export function live<T>(query: () => Promise<T>, initial: T): Live<T> {
  const cell = liveCell(initial);
  $effect(() => {
    const subscription = observe(query).subscribe(cell.observer);
    return () => subscription.unsubscribe();
  });
  return cell.live;
}
