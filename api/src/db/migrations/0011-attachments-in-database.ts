import type { Kysely } from 'kysely';

/**
 * Attachments that every API instance can reach: with PostgreSQL the bytes live in the database, so
 * any number of instances can answer any upload or download. An upload session and its parts are rows
 * (a session's `generation` changes when it starts afresh, so parts of an abandoned attempt never mix
 * with the new one); a finished file is `blob_contents` plus its parts in `blob_chunks`, keyed by the
 * offset where each starts, never changed once written. On SQLite the tables exist but stay empty:
 * attachments stay files under DATA_DIR/blobs.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('upload_sessions')
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('generation', 'text', (c) => c.notNull())
    .addColumn('total', 'integer')
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('received', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('upload_sessions_pk', ['account_id', 'sha256'])
    .execute();
  await db.schema
    .createTable('upload_parts')
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('generation', 'text', (c) => c.notNull())
    .addColumn('part_offset', 'integer', (c) => c.notNull())
    .addColumn('data', 'bytea', (c) => c.notNull())
    .addPrimaryKeyConstraint('upload_parts_pk', ['account_id', 'sha256', 'generation', 'part_offset'])
    .execute();
  await db.schema
    .createTable('blob_contents')
    .addColumn('sha256', 'text', (c) => c.primaryKey())
    .addColumn('size', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('blob_chunks')
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('start_offset', 'integer', (c) => c.notNull())
    .addColumn('data', 'bytea', (c) => c.notNull())
    .addPrimaryKeyConstraint('blob_chunks_pk', ['sha256', 'start_offset'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['blob_chunks', 'blob_contents', 'upload_parts', 'upload_sessions']) await db.schema.dropTable(table).execute();
}
