/**
 * Version 2 of the local database: every item, base and pending change is rewritten to the
 * questionnaire's current field shapes (@clearinghouse/shared `upgradeItem`). The server's migration
 * of stored records runs the same function, so a base here and the server's copy of that version stay
 * equal and pending edits still merge; an outbox entry that named an old field now names the field
 * holding its value. Nothing else changes: no version, mid or state.
 */
import type { Transaction } from 'dexie';
import { upgradeChangedFields, upgradeItem } from '@clearinghouse/shared';

type Row = Record<string, unknown>;

export async function upgradeItemFieldsV2(tx: Transaction): Promise<void> {
  const items = tx.table('items');
  const bases = tx.table('bases');
  const outbox = tx.table('outbox');
  const oldItems = new Map<string, Row>(((await items.toArray()) as Row[]).map((row) => [String(row.id), row]));
  const itemBases = ((await bases.toArray()) as Row[]).filter((b) => b.table === 'items');
  const oldBases = new Map(itemBases.map((b) => [String(b.id), (b.record ?? null) as Row | null]));

  // Pending changes first: they are rewritten from the local rows as they were before the upgrade.
  await outbox
    .filter((entry: Row) => entry.table === 'items' && entry.op === 'upsert' && !!entry.fields)
    .modify((entry: Row) => {
      const id = String(entry.id);
      const before = oldItems.get(id) ?? oldBases.get(id) ?? {};
      entry.fields = upgradeChangedFields(entry.fields as Row, before);
    });
  await items.toCollection().modify((row: Row, ref: { value: Row }) => {
    ref.value = { ...upgradeItem(row), ...(row.updatedAt !== undefined ? { updatedAt: row.updatedAt } : {}) };
  });
  await bases
    .filter((b: Row) => b.table === 'items' && !!b.record)
    .modify((b: Row) => {
      b.record = upgradeItem(b.record as Row);
    });
}
