/**
 * Row shapes of the local tables. Records are the shared shapes unchanged; `updatedAt` on an item is
 * local bookkeeping (the last local change, for the drafts list) and never travels in an outbox entry.
 */
import type { Change, Conflict, Cycle, Entity, FieldError, Item, Submission, SyncTable } from '@clearinghouse/shared';

export type LocalSubmission = Submission;
export type LocalItem = Item & { updatedAt?: string };

export interface AttachmentRow {
  sha256: string;
  blob: Blob;
  name: string;
  type: string;
  size: number;
  addedAt: string;
  /** 0 until sync has uploaded the bytes (IndexedDB cannot index booleans). */
  uploaded: 0 | 1;
}

export type OutboxState = 'pending' | 'sending' | 'rejected';

export interface OutboxEntry {
  mid?: number;
  table: SyncTable;
  id: string;
  op: 'upsert' | 'delete';
  baseVersion: number | null;
  fields?: Record<string, unknown>;
  resolves?: string[];
  state: OutboxState;
  /** Why the server refused the change; `details` names the refused fields by code. */
  error?: { code: string; message: string; details?: FieldError[] };
  createdAt: string;
}

/** The server's version a local change was based on: a change as pulled (and as an export file carries it). */
export type BaseRow = Change;

export interface IntentRow {
  id?: number;
  kind: 'transmit';
  submissionId: string;
  state: 'pending' | 'failed';
  error?: { code: string; message: string };
  createdAt: string;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export interface ReferenceValues {
  entities: Entity[];
  cycles: Cycle[];
}
export type ReferenceKey = keyof ReferenceValues;

export interface ReferenceRow<K extends ReferenceKey = ReferenceKey> {
  key: K;
  value: ReferenceValues[K];
  fetchedAt: string;
}

export type ConflictRow = Conflict;
