import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../connection.ts';
import { serialKey } from './0001-accounts-and-reference.ts';

/** Account life (revoked sessions tell devices why) and the append-only audit trail. */
export async function up(db: Kysely<unknown>): Promise<void> {
  // A session ended by deactivation is kept, marked, until it would have expired: the device that
  // presents it learns it must remove that entity's local data, not merely sign in again.
  await db.schema.alterTable('sessions').addColumn('revoked_reason', 'text').execute();
  await db.schema.alterTable('sessions').addColumn('public_id', 'text').execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'integer', serialKey(db))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_email', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text')
    .addColumn('target_type', 'text')
    .addColumn('target_id', 'text')
    .addColumn('address', 'text')
    .addColumn('details', 'text')
    .execute();
  await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
  await db.schema.createIndex('audit_log_actor').on('audit_log').columns(['actor_id', 'at']).execute();
  await db.schema.createIndex('audit_log_entity').on('audit_log').columns(['entity_id', 'at']).execute();
  // Append-only: the database itself refuses to change or remove an audit row.
  if (dialectOf(db) === 'postgres') {
    await sql`create function audit_log_append_only() returns trigger language plpgsql as $$
      begin raise exception 'the audit trail is append-only'; end $$`.execute(db);
    await sql`create trigger audit_log_no_update before update on audit_log for each row execute function audit_log_append_only()`.execute(
      db,
    );
    await sql`create trigger audit_log_no_delete before delete on audit_log for each row execute function audit_log_append_only()`.execute(
      db,
    );
    // TRUNCATE fires no row trigger: refuse it too.
    await sql`create trigger audit_log_no_truncate before truncate on audit_log for each statement execute function audit_log_append_only()`.execute(
      db,
    );
    return;
  }
  await sql`create trigger audit_log_no_update before update on audit_log begin select raise(abort, 'the audit trail is append-only'); end`.execute(
    db,
  );
  await sql`create trigger audit_log_no_delete before delete on audit_log begin select raise(abort, 'the audit trail is append-only'); end`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('audit_log').execute();
  if (dialectOf(db) === 'postgres') await sql`drop function if exists audit_log_append_only()`.execute(db);
}
