import type { Db } from '../connection.ts';

export function loginFailuresRepo(db: Db) {
  return {
    async record(keys: string[], at: string) {
      if (keys.length)
        await db
          .insertInto('login_failures')
          .values(keys.map((key) => ({ key, at })))
          .execute();
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
