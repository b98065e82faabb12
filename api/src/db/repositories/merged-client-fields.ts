import type { SyncTable } from '@clearinghouse/shared';
import { sql } from 'kysely';
import type { Keyring } from '../../services/keyring.ts';
import type { Db } from '../connection.ts';

type Fields = Record<string, unknown>;
/** Records named in one statement: well under both engines' limits of bound parameters (3 per record). */
const IDS_PER_STATEMENT = 300;

/**
 * The fields a device wrote into merged versions (migration 0012), so that the merge base of the
 * device's next change of a field is its own latest write of it, not an older version it started from.
 * The values may be confidential: they are always sealed.
 */
export function mergedClientFieldsRepo(db: Db, keyring: Keyring) {
  /** What one device wrote into the versions of one record. */
  const ofClient = (table: SyncTable, id: string, clientId: string) =>
    db
      .selectFrom('merged_client_fields')
      .select('sealed')
      .where('table_name', '=', table)
      .where('id', '=', id)
      .where('client_id', '=', clientId);
  return {
    async record(table: SyncTable, id: string, version: number, clientId: string, fields: Fields) {
      if (!Object.keys(fields).length) return;
      const key = { table_name: table, id, version, client_id: clientId };
      // One version may take two changes of one device (a merge that changes nothing names the current
      // version): the fields of both are the device's, the later values win.
      const earlier = await ofClient(table, id, clientId).where('version', '=', version).executeTakeFirst();
      const values = earlier ? { ...(JSON.parse(keyring.open(earlier.sealed)) as Fields), ...fields } : fields;
      const sealed = keyring.seal(JSON.stringify(values));
      await db
        .insertInto('merged_client_fields')
        .values({ ...key, sealed })
        .onConflict((oc) => oc.columns(['table_name', 'id', 'client_id', 'version']).doUpdateSet({ sealed }))
        .execute();
    },
    /**
     * What this device wrote into versions after `afterVersion`, oldest first, folded into one set of
     * values (a later write of a field replaces an earlier one). Empty for the usual case of no merge.
     */
    async since(table: SyncTable, id: string, clientId: string, afterVersion: number): Promise<Fields> {
      const rows = await ofClient(table, id, clientId).where('version', '>', afterVersion).orderBy('version').execute();
      return Object.assign({}, ...rows.map((r) => JSON.parse(keyring.open(r.sealed)) as Fields)) as Fields;
    },
    /**
     * Forgets what this device wrote into versions up to the base it now sends for each record: its
     * copy holds those versions, and a device's base of a record never goes back (its later changes
     * start from what it pulled since), so only rows above a base are ever read again (`since`).
     * One statement per table, whatever the number of records; nothing to do for new records.
     */
    async forgetUpTo(clientId: string, bases: ReadonlyMap<string, { table: SyncTable; id: string; version: number }>) {
      for (const table of ['submissions', 'items'] as const) {
        const named = [...bases.values()].filter((b) => b.table === table);
        for (let i = 0; i < named.length; i += IDS_PER_STATEMENT) {
          const chunk = named.slice(i, i + IDS_PER_STATEMENT);
          const ids = chunk.map((b) => b.id);
          const baseOf = sql<number>`case id ${sql.join(
            chunk.map((b) => sql`when ${b.id} then cast(${b.version} as integer)`),
            sql` `,
          )} end`;
          await db
            .deleteFrom('merged_client_fields')
            .where('table_name', '=', table)
            .where('id', 'in', ids)
            .where('client_id', '=', clientId)
            .where('version', '<=', baseOf)
            .execute();
        }
      }
    },
  };
}
