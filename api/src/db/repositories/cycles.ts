import type { Cycle } from '@clearinghouse/shared';
import type { Db } from '../connection.ts';

export function cyclesRepo(db: Db) {
  return {
    async insert(cycle: Cycle, at: string) {
      await db
        .insertInto('cycles')
        .values({ id: cycle.id, reference: cycle.reference, doc: JSON.stringify(cycle), created_at: at, updated_at: at })
        .execute();
    },
    async update(cycle: Cycle, at: string) {
      await db
        .updateTable('cycles')
        .set({ reference: cycle.reference, doc: JSON.stringify(cycle), updated_at: at })
        .where('id', '=', cycle.id)
        .execute();
    },
    async list(): Promise<Cycle[]> {
      const rows = await db.selectFrom('cycles').select('doc').orderBy('created_at', 'desc').execute();
      return rows.map((r) => JSON.parse(r.doc) as Cycle);
    },
    async get(id: string): Promise<Cycle | null> {
      const row = await db.selectFrom('cycles').select('doc').where('id', '=', id).executeTakeFirst();
      return row ? (JSON.parse(row.doc) as Cycle) : null;
    },
  };
}
