import { TREATIES, TREATY_EVENT_TYPES, type StoredTreatyEvent } from '@clearinghouse/shared';
import type { Db } from '../connection.ts';
import type { TreatyEventRow } from '../schema.ts';
import { storedOneOf } from './stored-values.ts';

/** A stored treaty event: the shared answer shape, which is also a TreatyEvent the status rules read. */
export type TreatyEventRecord = StoredTreatyEvent;

const toEvent = (row: TreatyEventRow): TreatyEventRecord => ({
  id: row.id,
  entityId: row.entity_id,
  treaty: storedOneOf(TREATIES, row.treaty, 'treaty'),
  type: storedOneOf(TREATY_EVENT_TYPES, row.type, 'treaty event type'),
  date: row.date,
  source: row.source,
  asOf: row.as_of,
  origin: row.origin === 'reference' ? 'reference' : 'secretariat',
});

/** The columns of what an event says (who, which treaty, what, when, from where). */
const eventColumns = (e: Omit<TreatyEventRecord, 'id' | 'origin'>) => ({
  entity_id: e.entityId,
  treaty: e.treaty,
  type: e.type,
  date: e.date,
  source: e.source,
  as_of: e.asOf,
});

/** Events without a date come first, on PostgreSQL (NULLS LAST by default) as on SQLite. */
export function treatyEventsRepo(db: Db) {
  return {
    async insertMany(events: TreatyEventRecord[], now: string) {
      // a few hundred rows at a time: one statement each, not one per event (the reference load is ~500)
      for (let i = 0; i < events.length; i += 200) {
        const values = events.slice(i, i + 200).map((e) => ({ id: e.id, ...eventColumns(e), origin: e.origin, created_at: now }));
        await db.insertInto('treaty_events').values(values).execute();
      }
    },
    async get(id: string) {
      const row = await db.selectFrom('treaty_events').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toEvent(row) : null;
    },
    /** A correction makes the event the Secretariat's: a later reference load leaves it as corrected. */
    async update(e: Omit<TreatyEventRecord, 'origin'>) {
      await db
        .updateTable('treaty_events')
        .set({ ...eventColumns(e), origin: 'secretariat' })
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
        .orderBy('id')
        .execute();
      return rows.map(toEvent);
    },
    /**
     * Replaces the reference events by `events`, keeping every Secretariat event; a reference event the
     * Secretariat corrected (same id, now its own) is not re-added.
     */
    async replaceReference(events: TreatyEventRecord[], now: string) {
      await db.deleteFrom('treaty_events').where('origin', '=', 'reference').execute();
      const kept = new Set((await db.selectFrom('treaty_events').select('id').execute()).map((r) => r.id));
      await this.insertMany(
        events.filter((e) => !kept.has(e.id)),
        now,
      );
    },
  };
}

/** Which version of each reference dataset the database holds. */
export function referenceDataRepo(db: Db) {
  return {
    async version(name: string) {
      const row = await db.selectFrom('reference_data').select('version').where('name', '=', name).executeTakeFirst();
      return row?.version ?? null;
    },
    async record(name: string, version: string, now: string) {
      const updated = await db.updateTable('reference_data').set({ version, loaded_at: now }).where('name', '=', name).executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) await db.insertInto('reference_data').values({ name, version, loaded_at: now }).execute();
    },
  };
}
