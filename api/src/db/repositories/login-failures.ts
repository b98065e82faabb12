import type { Db } from '../connection.ts';

export function loginFailuresRepo(db: Db) {
  return {
    /** Inserts one row per key; the ids let a reservation be taken back. */
    async record(keys: string[], at: string): Promise<number[]> {
      if (!keys.length) return [];
      const rows = await db
        .insertInto('login_failures')
        .values(keys.map((key) => ({ key, at })))
        .returning('id')
        .execute();
      return rows.map((r) => Number(r.id));
    },
    async remove(ids: number[]) {
      if (ids.length) await db.deleteFrom('login_failures').where('id', 'in', ids).execute();
    },
    async countSince(key: string, since: string) {
      const row = await db
        .selectFrom('login_failures')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('key', '=', key)
        .where('at', '>', since)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async clear(key: string) {
      await db.deleteFrom('login_failures').where('key', '=', key).execute();
    },
    async prune(before: string) {
      await db.deleteFrom('login_failures').where('at', '<=', before).execute();
    },
  };
}
