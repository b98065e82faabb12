/**
 * The messages between the page and the save worker (save-worker.ts, off-thread-saves.ts), and the one
 * function the worker runs for each: kept apart from the worker's entry so tests can run it on
 * fake-indexeddb without a worker.
 *
 * Errors cross as plain data and are rebuilt as the classes the autosave tells apart (a record gone, a
 * refused value; any other by its name, e.g. a connection closed for an upgrade or a sign-out).
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
  if (error instanceof Error) {
    // Dexie wraps the browser's error (a full disk is a QuotaError whose `inner` is QuotaExceededError).
    const inner = (error as { inner?: { name?: unknown } }).inner;
    const name = typeof inner?.name === 'string' && inner.name === 'QuotaExceededError' ? inner.name : error.name;
    return { name, message: error.message };
  }
  return { name: 'Error', message: String(error) };
}

/** The error as the page's code expects it (instanceof for the drafts' own, `name` for the others). */
export function reviveError(sent: SentError): Error {
  if (sent.name === 'DraftNotFoundError') return new DraftNotFoundError(sent.recordId ?? '');
  if (sent.name === 'DraftValidationError') return new DraftValidationError(sent.details ?? []);
  const error = new Error(sent.message);
  error.name = sent.name;
  return error;
}
