/**
 * Values the shared schema refuses (an article "86–102" before ranges existed, a web address without
 * https://, a telephone number with letters) are never thrown away: the text is kept on this device
 * exactly as typed, in `meta`, and shown again in its field with a plain-language message until the
 * person corrects it. Only valid values reach the record and the outbox, so sync never carries them.
 */
import type { SyncTable } from '@clearinghouse/shared';
import type { ClearinghouseDb } from '$lib/db/database.ts';

const PREFIX = 'held:';

export interface HeldValue {
  table: SyncTable;
  recordId: string;
  field: string;
  /** Exactly what the person typed. */
  typed: string;
}

const heldKey = (table: SyncTable, recordId: string, field: string): string => `${PREFIX}${table}:${recordId}:${field}`;

/** The held text of a field, by `${recordId}:${field}`. */
export type HeldTexts = Readonly<Record<string, string>>;

export const heldFieldKey = (recordId: string, field: string): string => `${recordId}:${field}`;

/** Every held value on this device (there are a handful at most: each is one field being corrected). */
export async function readHeldTexts(db: ClearinghouseDb): Promise<HeldTexts> {
  const rows = await db.meta.where('key').startsWith(PREFIX).toArray();
  const texts: Record<string, string> = {};
  for (const row of rows) {
    const held = row.value as HeldValue;
    texts[heldFieldKey(held.recordId, held.field)] = held.typed;
  }
  return texts;
}

/**
 * Which of `fields` hold a refused text now: a save forgets only those (deleting keys that do not exist
 * would still tell every live query over `meta` that it changed).
 */
export async function heldFieldsOf(
  db: ClearinghouseDb,
  table: SyncTable,
  recordId: string,
  fields: readonly string[],
): Promise<Set<string>> {
  const rows = await db.meta.bulkGet(fields.map((field) => heldKey(table, recordId, field)));
  return new Set(fields.filter((_, i) => rows[i] !== undefined));
}

/** Inside the caller's transaction: keeps the refused texts, forgets those of fields now saved. */
export async function updateHeld(
  db: ClearinghouseDb,
  table: SyncTable,
  recordId: string,
  refused: Readonly<Record<string, string>>,
  accepted: readonly string[],
): Promise<void> {
  const rows = Object.entries(refused).map(([field, typed]) => ({
    key: heldKey(table, recordId, field),
    value: { table, recordId, field, typed } satisfies HeldValue,
  }));
  if (rows.length) await db.meta.bulkPut(rows);
  if (accepted.length) await db.meta.bulkDelete(accepted.map((field) => heldKey(table, recordId, field)));
}
