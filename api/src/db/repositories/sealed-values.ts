import type { Db } from '../connection.ts';

/** Every table holding sealed values, with the key that names one row. */
const SEALED_COLUMNS = [
  { table: 'records', key: ['table_name', 'id'] },
  { table: 'record_versions', key: ['table_name', 'id', 'version'] },
  { table: 'conflicts', key: ['id'] },
  { table: 'merged_client_fields', key: ['table_name', 'id', 'client_id', 'version'] },
] as const;

/** The sealed columns across tables, for a key rotation: read them all, re-seal each one in place. */
export function sealedValuesRepo(db: Db) {
  return {
    /** Every sealed value, in no particular order. */
    async all(): Promise<string[]> {
      const out: string[] = [];
      for (const { table } of SEALED_COLUMNS) {
        const rows = await db.selectFrom(table).select('sealed').where('sealed', 'is not', null).execute();
        for (const r of rows) out.push(String(r.sealed));
      }
      return out;
    },
    /**
     * Replaces each sealed value for which `reseal` returns a new one, in one transaction: a crash
     * leaves either every value or none re-sealed. Returns how many were replaced.
     */
    async resealEach(reseal: (sealed: string) => string | null): Promise<number> {
      let count = 0;
      await db.transaction().execute(async (trx) => {
        for (const { table, key } of SEALED_COLUMNS) {
          const rows = await trx.selectFrom(table).selectAll().where('sealed', 'is not', null).execute();
          for (const row of rows as Record<string, unknown>[]) {
            const next = reseal(String(row.sealed));
            if (next === null) continue;
            let q = trx.updateTable(table).set({ sealed: next } as never);
            for (const k of key) q = q.where(k as never, '=', row[k] as never);
            await q.execute();
            count++;
          }
        }
      });
      return count;
    },
  };
}
