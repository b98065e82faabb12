import { sql, type Kysely } from 'kysely';

/** Ids the former partial fixture gave its events (BEN-rome_statute-ratification-1); the editor uses UUIDs. */
const FORMER_FIXTURE_ID = /^[A-Z]{3}-(rome_statute|apic)-[a-z_]+-1$/;

/**
 * Treaty events say where they come from: `reference` (the sourced dataset, replaced when it changes) or
 * `secretariat` (entered, imported or corrected by the Secretariat: never touched by a reference load).
 * Events already recorded are the Secretariat's, except those of the former fixture, recognised by their
 * ids, which the complete dataset replaces at the next start. `reference_data` remembers which version of
 * each dataset was loaded.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('treaty_events')
    .addColumn('origin', 'text', (c) => c.notNull().defaultTo('secretariat'))
    .execute();
  const rows = await sql<{ id: string }>`select id from treaty_events`.execute(db);
  const former = rows.rows.map((r) => r.id).filter((id) => FORMER_FIXTURE_ID.test(id));
  for (let i = 0; i < former.length; i += 500) {
    const chunk = former.slice(i, i + 500);
    await sql`update treaty_events set origin = 'reference' where id in (${sql.join(chunk)})`.execute(db);
  }
  await db.schema
    .createTable('reference_data')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('loaded_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('reference_data').execute();
  await db.schema.alterTable('treaty_events').dropColumn('origin').execute();
}
