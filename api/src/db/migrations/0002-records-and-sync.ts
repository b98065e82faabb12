import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../connection.ts';

/**
 * Submissions and items (the synced records), every version of them, the sync bookkeeping (per-client
 * mutation results, conflicts), requests for information (cycles) and attachment blobs.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Fractional positions (0-9A-Za-z) sort by code point, as SQLite compares text; a PostgreSQL database
  // with a linguistic collation (en_US…) would not, so that column is byte-ordered there.
  const positionType = dialectOf(db) === 'postgres' ? sql`text collate "C"` : 'text';
  // The current state of each synced record. `doc` holds the record with its confidential values
  // removed; `sealed` holds those values encrypted (see services/sealing). `seq` orders changes for pull.
  await db.schema
    .createTable('records')
    .addColumn('table_name', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull().references('entities.id'))
    .addColumn('submission_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('doc', 'text', (c) => c.notNull())
    .addColumn('sealed', 'text')
    .addColumn('seq', 'integer', (c) => c.notNull().unique())
    // The status of the submission this record belongs to, copied onto every record of it so pull can
    // filter in one query (the Secretariat reads nothing of a submission while it is a draft).
    .addColumn('submission_status', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addPrimaryKeyConstraint('records_pk', ['table_name', 'id'])
    .execute();
  await db.schema.createIndex('records_entity_seq').on('records').columns(['entity_id', 'seq']).execute();
  await db.schema.createIndex('records_submission').on('records').columns(['submission_id']).execute();

  // Every version ever written: the base of three-way merges, and the history the Secretariat reviews.
  await db.schema
    .createTable('record_versions')
    .addColumn('table_name', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('doc', 'text', (c) => c.notNull())
    .addColumn('sealed', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('client_id', 'text')
    .addPrimaryKeyConstraint('record_versions_pk', ['table_name', 'id', 'version'])
    .execute();

  await db.schema
    .createTable('sync_clients')
    .addColumn('client_id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('last_mid', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('mutation_results')
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('mid', 'integer', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mutation_results_pk', ['client_id', 'mid'])
    .execute();

  await db.schema
    .createTable('conflicts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('table_name', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('sealed', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    .addColumn('resolved_by', 'text')
    .execute();
  await db.schema.createIndex('conflicts_entity_open').on('conflicts').columns(['entity_id', 'resolved_at']).execute();

  await db.schema
    .createTable('cycles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('doc', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('blobs')
    .addColumn('sha256', 'text', (c) => c.primaryKey())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('received', 'integer', (c) => c.notNull())
    .addColumn('complete', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .execute();

  // The public copy: written at publication from the projection, read by every public path. Nothing
  // public ever reads the records table, so a mistake in a public query cannot reach a draft.
  await db.schema
    .createTable('published_submissions')
    .addColumn('submission_id', 'text', (c) => c.primaryKey())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('cycle_id', 'text')
    .addColumn('edition', 'integer', (c) => c.notNull())
    .addColumn('doc', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('published_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('published_items')
    .addColumn('item_id', 'text', (c) => c.primaryKey())
    .addColumn('submission_id', 'text', (c) => c.notNull().references('published_submissions.submission_id').onDelete('cascade'))
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('position', positionType, (c) => c.notNull())
    .addColumn('doc', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('published_items_submission').on('published_items').column('submission_id').execute();
  await db.schema.createIndex('published_items_entity_category').on('published_items').columns(['entity_id', 'category']).execute();
  // Every edition ever published (or withdrawn), as it was shown to the public.
  await db.schema
    .createTable('publication_history')
    .addColumn('submission_id', 'text', (c) => c.notNull())
    .addColumn('edition', 'integer', (c) => c.notNull())
    .addColumn('doc', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('published_by', 'text', (c) => c.notNull())
    .addColumn('unpublished_at', 'text')
    .addPrimaryKeyConstraint('publication_history_pk', ['submission_id', 'edition'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'publication_history',
    'published_items',
    'published_submissions',
    'blobs',
    'cycles',
    'conflicts',
    'mutation_results',
    'sync_clients',
    'record_versions',
    'records',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
