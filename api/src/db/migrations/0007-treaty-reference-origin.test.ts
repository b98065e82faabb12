import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { loadReferenceData } from '../../bootstrap.ts';
import { openTestDatabase, testDialect } from '../../test/harness.ts';
import { migrateToLatest } from '../migrate.ts';
import { treatyEventsRepo } from '../repositories/treaty-events.ts';
import { migrations } from './index.ts';

const before0007 = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0007'));
const now = '2026-11-30T10:00:00.000Z';

describe(`migration 0007 on an existing database (${testDialect})`, () => {
  it('keeps every event the Secretariat entered, and replaces the former fixture by the sourced dataset', async () => {
    const { db } = await openTestDatabase();
    await migrateToLatest(db, { list: before0007 });
    // A database as the previous release left it: fixture entities and events, and two Secretariat entries.
    for (const [id, en, fr] of [
      ['CAN', 'Canada', 'Canada'],
      ['BWA', 'Botswana', 'Botswana'],
    ]) {
      await sql`insert into entities (id, kind, name_en, name_fr, names_json, regional_group, created_at, updated_at)
        values (${id}, 'state', ${en}, ${fr}, '{}', 'weog', ${now}, ${now})`.execute(db);
    }
    const fixture = [
      ['CAN-rome_statute-entry_into_force-1', 'CAN', 'rome_statute', 'entry_into_force', null, 'LIST125', '2026-10-31'],
      ['BWA-apic-entry_into_force-1', 'BWA', 'apic', 'entry_into_force', null, 'LIST125', '2026-10-31'],
    ];
    const secretariat = [
      ['0195a1b2-0000-7000-8000-000000000001', 'CAN', 'apic', 'accession', '2026-11-02', 'Depositary notification C.N.1.2026', null],
      ['0195a1b2-0000-7000-8000-000000000002', 'BWA', 'rome_statute', 'withdrawal_notified', null, 'Note verbale', '2026-11-20'],
    ];
    for (const [id, entity, treaty, type, date, source, asOf] of [...fixture, ...secretariat]) {
      await sql`insert into treaty_events (id, entity_id, treaty, type, date, source, as_of, created_at)
        values (${id}, ${entity}, ${treaty}, ${type}, ${date}, ${source}, ${asOf}, ${now})`.execute(db);
    }

    expect(await migrateToLatest(db)).toContain('0007-treaty-reference-origin');
    const origins = await sql<{ id: string; origin: string }>`select id, origin from treaty_events order by id`.execute(db);
    expect(Object.fromEntries(origins.rows.map((r) => [r.id, r.origin]))).toEqual({
      [fixture[0]![0]!]: 'reference',
      [fixture[1]![0]!]: 'reference',
      [secretariat[0]![0]!]: 'secretariat',
      [secretariat[1]![0]!]: 'secretariat',
    });

    const first = await loadReferenceData(db, () => new Date(now));
    expect(first.eventsLoaded).toBeGreaterThan(400);
    const all = await treatyEventsRepo(db).listAll();
    const ids = new Set(all.map((e) => e.id));
    for (const [id] of fixture) expect(ids.has(id!), `${id} replaced`).toBe(false);
    for (const [id, entity, treaty, type, date, source, asOf] of secretariat) {
      expect(all.find((e) => e.id === id)).toEqual({ id, entityId: entity, treaty, type, date, source, asOf, origin: 'secretariat' });
    }
    expect(all.find((e) => e.entityId === 'CAN' && e.type === 'ratification')).toMatchObject({ date: '2000-07-07', origin: 'reference' });
    // existing names are never overwritten; the States that were missing are added
    const canada = await sql<{ name_fr: string }>`select name_fr from entities where id = 'CAN'`.execute(db);
    expect(canada.rows[0]?.name_fr).toBe('Canada');
    expect(first.entitiesAdded).toBe(193);

    // a second start with the same dataset changes nothing
    expect(await loadReferenceData(db, () => new Date(now))).toEqual({ entitiesAdded: 0, eventsLoaded: 0 });
    expect((await treatyEventsRepo(db).listAll()).length).toBe(all.length);
  });

  it('keeps a reference event the Secretariat corrected when the dataset is loaded again', async () => {
    const { db } = await openTestDatabase();
    await migrateToLatest(db);
    await loadReferenceData(db, () => new Date(now));
    const repo = treatyEventsRepo(db);
    const kenya = (await repo.listForEntity('KEN')).find((e) => e.type === 'ratification')!;
    await repo.update({ ...kenya, source: 'Corrected against the depositary notification' });
    await sql`delete from reference_data`.execute(db); // as if the dataset had changed
    await loadReferenceData(db, () => new Date(now));
    const after = (await repo.listForEntity('KEN')).filter((e) => e.type === 'ratification');
    expect(after).toEqual([{ ...kenya, source: 'Corrected against the depositary notification', origin: 'secretariat' }]);
  });
});
