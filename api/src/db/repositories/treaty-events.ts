import type { Db } from '../connection.ts';
import type { TreatyEventRow } from '../schema.ts';

export interface TreatyEventRecord {
  id: string;
  entityId: string;
  treaty: string;
  type: string;
  date: string | null;
  source: string | null;
  asOf: string | null;
}

const toEvent = (row: TreatyEventRow): TreatyEventRecord => ({
  id: row.id,
  entityId: row.entity_id,
  treaty: row.treaty,
  type: row.type,
  date: row.date,
  source: row.source,
  asOf: row.as_of,
});

/** Events without a date come first, on PostgreSQL (NULLS LAST by default) as on SQLite. */
export function treatyEventsRepo(db: Db) {
  return {
    async insertMany(events: TreatyEventRecord[], now: string) {
      for (const e of events) {
        await db
          .insertInto('treaty_events')
          .values({
            id: e.id,
            entity_id: e.entityId,
            treaty: e.treaty,
            type: e.type,
            date: e.date,
            source: e.source,
            as_of: e.asOf,
            created_at: now,
          })
          .execute();
      }
    },
    async get(id: string) {
      const row = await db.selectFrom('treaty_events').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toEvent(row) : null;
    },
    async update(e: TreatyEventRecord) {
      await db
        .updateTable('treaty_events')
        .set({ entity_id: e.entityId, treaty: e.treaty, type: e.type, date: e.date, source: e.source, as_of: e.asOf })
        .where('id', '=', e.id)
        .execute();
    },
    async remove(id: string) {
      await db.deleteFrom('treaty_events').where('id', '=', id).execute();
    },
    async listForEntity(entityId: string) {
      const rows = await db
        .selectFrom('treaty_events')
        .selectAll()
        .where('entity_id', '=', entityId)
        .orderBy('date', (o) => o.asc().nullsFirst())
        .execute();
      return rows.map(toEvent);
    },
    async listAll() {
      const rows = await db
        .selectFrom('treaty_events')
        .selectAll()
        .orderBy('entity_id')
        .orderBy('date', (o) => o.asc().nullsFirst())
        .execute();
      return rows.map(toEvent);
    },
    async entitiesWithEvents() {
      const rows = await db.selectFrom('treaty_events').select('entity_id').distinct().execute();
      return new Set(rows.map((r) => r.entity_id));
    },
  };
}
