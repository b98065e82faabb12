import type { Kysely } from 'kysely';

/**
 * What a device wrote into a version that also holds changes it has not seen (a merged version): the
 * values of the fields it sent, as its own copy holds them. Such a version does not count as the
 * device's base (`record_versions.client_id` stays empty), so without this row a later change of the
 * same field, made before the device's next pull, would be merged against an older base and meet the
 * device's own earlier value as someone else's. The values are always sealed: they may be confidential.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('merged_client_fields')
    .addColumn('table_name', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('sealed', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('merged_client_fields_pk', ['table_name', 'id', 'client_id', 'version'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('merged_client_fields').execute();
}
