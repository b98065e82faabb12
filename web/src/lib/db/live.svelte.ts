/**
 * A Dexie liveQuery as rune state: re-runs when the tables it read change, in this tab or another. It
 * goes through `observe` (observe.ts), which keeps liveQuery following reads made after an await.
 * Call it during component initialisation; reactive values read by `query` before its first `await`
 * re-subscribe when they change.
 */
import { observe } from './observe.ts';

export interface Live<T> {
  readonly value: T;
  readonly loaded: boolean;
  readonly error: unknown;
}

export function live<T>(query: () => Promise<T>, initial: T): Live<T> {
  let value = $state.raw<T>(initial);
  let loaded = $state(false);
  let error = $state<unknown>(null);
  $effect(() => {
    const subscription = observe(query).subscribe({
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
    return () => subscription.unsubscribe();
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
