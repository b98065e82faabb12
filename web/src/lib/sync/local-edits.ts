/**
 * "The person is editing": the autosave says so on every edit, the sync manager listens, so a burst of
 * typing is pushed once after it (or at the latest after CHANGE_MAX_WAIT_MS) rather than every couple
 * of seconds while it goes on. The outbox alone cannot say it: edits folded into a pending entry keep
 * its mid, so the summary the manager watches does not change while a person types.
 *
 * No imports and no state besides the listeners: the workspace's first paint loads the manager, and the
 * editor loads the autosave; neither should pull in the other.
 */
type Listener = () => void;
const listeners = new Set<Listener>();

export function noteLocalEdit(): void {
  for (const listener of listeners) listener();
}

/** Returns the function that stops listening. */
export function onLocalEdit(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
