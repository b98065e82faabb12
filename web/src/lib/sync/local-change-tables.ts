/** The tables a sync-side local change writes in one transaction (with its outbox entry). */
import type { ClearinghouseDb } from '$lib/db/database.ts';

export const localChangeTables = (db: ClearinghouseDb) => [
  db.submissions,
  db.items,
  db.outbox,
  db.bases,
  db.conflicts,
  db.meta,
  db.intents,
];
