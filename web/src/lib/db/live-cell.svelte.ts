/**
 * The state behind `live()` and `liveAfterPaint()`: the latest value, whether one has arrived, and the
 * last failure, as rune state a component reads. Apart from them because `liveAfterPaint()` must not
 * import Dexie (live.svelte.ts does, through observe.ts).
 */
export interface Live<T> {
  readonly value: T;
  readonly loaded: boolean;
  readonly error: unknown;
}

export interface LiveCell<T> {
  /** What the page reads. */
  readonly live: Live<T>;
  /** Subscribes to a liveQuery: each value replaces the last; a failure is kept until the next value. */
  readonly observer: { next(value: T): void; error(failure: unknown): void };
  /** Back to the initial value (nothing to read any more). */
  reset(): void;
}

export function liveCell<T>(initial: T): LiveCell<T> {
  let value = $state.raw<T>(initial);
  let loaded = $state(false);
  let error = $state<unknown>(null);
  return {
    live: {
      get value() {
        return value;
      },
      get loaded() {
        return loaded;
      },
      get error() {
        return error;
      },
    },
    observer: {
      next(next: T) {
        value = next;
        loaded = true;
        error = null;
      },
      error(failure: unknown) {
        error = failure;
        loaded = true;
      },
    },
    reset() {
      value = initial;
    },
  };
}
