/**
 * The messages between the page and the save worker (save-worker.ts, off-thread-saves.ts), and the one
 * function the worker runs for each: kept apart from the worker's entry so tests can run it on
 * fake-indexeddb without a worker.
 *
 * Errors cross as plain data. The save's own refusals (a record gone, a refused value) are rebuilt as
 * the classes the autosave tells apart; any other failure is the worker's connection's (closed for an
 * upgrade or a sign-out, a full disk): the page does that save again on its own connection, which then
 * reports whatever is wrong: only its name and message cross, and nothing reads more of it.
 */
import type { FieldError } from '@clearinghouse/shared';
import type { DraftsStore } from './drafts-store.ts';
import { DraftNotFoundError, DraftValidationError } from './errors.ts';
import type { UnsavedEdit } from './unsaved-journal.ts';

export interface SaveRequest {
  seq: number;
  edit: UnsavedEdit;
}

export interface SentError {
  name: string;
  message: string;
  recordId?: string;
  details?: FieldError[];
}

export type SaveAnswer =
  { seq: number; ok: true; problems: FieldError[]; receivedAt: number; committedAt: number } | { seq: number; ok: false; error: SentError };

/** Runs one save; its times are absolute (timeOrigin + now), the same in every thread's terms. */
export async function answerSave(store: DraftsStore, { seq, edit }: SaveRequest): Promise<SaveAnswer> {
  const receivedAt = performance.timeOrigin + performance.now();
  try {
    const problems = await store.saveEdits(edit.table, edit.id, edit.fields, edit.typed);
    return { seq, ok: true, problems, receivedAt, committedAt: performance.timeOrigin + performance.now() };
  } catch (error) {
    return { seq, ok: false, error: sendError(error) };
  }
}

function sendError(error: unknown): SentError {
  if (error instanceof DraftNotFoundError) return { name: error.name, message: error.message, recordId: error.recordId };
  if (error instanceof DraftValidationError) return { name: error.name, message: error.message, details: error.details };
  return error instanceof Error ? { name: error.name, message: error.message } : { name: 'Error', message: String(error) };
}

/** The save's own refusal as the class the autosave expects, or null for any other failure (see above). */
export function ownRefusal(sent: SentError): DraftNotFoundError | DraftValidationError | null {
  if (sent.name === 'DraftNotFoundError') return new DraftNotFoundError(sent.recordId ?? '');
  if (sent.name === 'DraftValidationError') return new DraftValidationError(sent.details ?? []);
  return null;
}
