import type { Conflict, SyncTable } from '@clearinghouse/shared';
import type { Keyring } from '../../services/keyring.ts';
import type { Db } from '../connection.ts';
import type { ConflictRow } from '../schema.ts';

export interface NewConflict {
  id: string;
  table: SyncTable;
  recordId: string;
  entityId: string;
  field: string | null;
  base: unknown;
  server: unknown;
  client: unknown;
  userId: string;
  /** The device whose change was not applied, and who wrote the version the server kept. */
  clientId: string;
  serverUserId: string | null;
  serverClientId: string | null;
  at: string;
}

interface SealedValues {
  base: unknown;
  server: unknown;
  client: unknown;
  // Kept inside the sealed values (no migration): conflicts recorded before they existed lack them.
  clientId?: string;
  serverUserId?: string | null;
  serverClientId?: string | null;
}

/** Conflicts keep three values of a field that may be confidential: they are always sealed. */
export function conflictsRepo(db: Db, keyring: Keyring) {
  const toConflict = (row: ConflictRow): Conflict => {
    const values = JSON.parse(keyring.open(row.sealed)) as SealedValues;
    return {
      id: row.id,
      table: row.table_name as SyncTable,
      recordId: row.record_id,
      field: row.field === '*' ? null : row.field,
      base: values.base ?? null,
      server: values.server ?? null,
      client: values.client ?? null,
      userId: row.user_id,
      clientId: values.clientId ?? null,
      serverUserId: values.serverUserId ?? null,
      serverClientId: values.serverClientId ?? null,
      createdAt: row.created_at,
    } as Conflict;
  };
  return {
    async insert(c: NewConflict) {
      await db
        .insertInto('conflicts')
        .values({
          id: c.id,
          table_name: c.table,
          record_id: c.recordId,
          entity_id: c.entityId,
          field: c.field ?? '*',
          sealed: keyring.seal(
            JSON.stringify({
              base: c.base,
              server: c.server,
              client: c.client,
              clientId: c.clientId,
              serverUserId: c.serverUserId,
              serverClientId: c.serverClientId,
            } satisfies SealedValues),
          ),
          user_id: c.userId,
          created_at: c.at,
          resolved_at: null,
          resolved_by: null,
        })
        .execute();
    },
    async openForEntity(entityId: string) {
      const rows = await db
        .selectFrom('conflicts')
        .selectAll()
        .where('entity_id', '=', entityId)
        .where('resolved_at', 'is', null)
        .orderBy('created_at')
        .execute();
      return rows.map(toConflict);
    },
    /** Resolves the listed conflicts of this record; ids of other records or entities are ignored. */
    async resolve(ids: string[], recordId: string, userId: string, at: string) {
      if (!ids.length) return 0;
      const res = await db
        .updateTable('conflicts')
        .set({ resolved_at: at, resolved_by: userId })
        .where('id', 'in', ids)
        .where('record_id', '=', recordId)
        .where('resolved_at', 'is', null)
        .executeTakeFirst();
      return Number(res.numUpdatedRows);
    },
  };
}
