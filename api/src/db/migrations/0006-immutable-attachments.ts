import { sql, type Kysely } from 'kysely';

/**
 * Attachments become immutable once stored: `blobs` holds only finished, verified files (size and type
 * recorded once), and `blob_uploaders` remembers every account that sent those exact bytes itself,
 * which is what lets it name the file in a push. Unfinished uploads now live in per-account upload
 * sessions on disk, so the old half-finished rows are dropped.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`delete from blobs where complete = 0`.execute(db);
  await db.schema
    .createTable('blob_uploaders')
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('blob_uploaders_pk', ['sha256', 'user_id'])
    .execute();
  await sql`insert into blob_uploaders (sha256, user_id, at)
    select sha256, created_by, created_at from blobs where created_by is not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('blob_uploaders').execute();
}
