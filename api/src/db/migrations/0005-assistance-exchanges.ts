import type { Kysely } from 'kysely';

/**
 * Exchanges of technical assistance the Secretariat records between a provider and a recipient (Annex II
 * of the Plan of Action: the two-way table shows what is exchanged between them).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('assistance_exchanges')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('provider_entity_id', 'text', (c) => c.notNull().references('entities.id'))
    .addColumn('recipient_entity_id', 'text', (c) => c.notNull().references('entities.id'))
    .addColumn('offer_item_id', 'text')
    .addColumn('need_item_id', 'text')
    .addColumn('thematic_area', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('assistance_exchanges').execute();
}
