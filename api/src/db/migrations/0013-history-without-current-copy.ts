import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../connection.ts';

/**
 * Every write stored the record's text twice: in `records` (the current state) and in
 * `record_versions` (the history), so a push wrote each document twice to disk. From here the history
 * row of the current version holds no text (`doc` and `sealed` are null): its text is the `records`
 * row's, and it is copied into the history only when a newer version replaces it (records.ts). A
 * history row with a text keeps meaning that text, so a backup taken before this migration restores as
 * it is.
 *
 * On SQLite the table is rebuilt (a column cannot lose NOT NULL in place) WITHOUT ROWID: the history is
 * only ever looked up by its key, and a separate key index was one more B-tree to write per version.
 * Only a history text equal to the current row's is dropped (a sealed value may differ by a key
 * rotation, which re-seals each copy apart; both open to the same values).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const isCurrent = sql`exists (select 1 from records r where r.table_name = v.table_name and r.id = v.id
    and r.version = v.version and r.doc = v.doc)`;
  if (dialectOf(db) === 'postgres') {
    await sql`alter table record_versions alter column doc drop not null`.execute(db);
    await sql`update record_versions v set doc = null, sealed = null where ${isCurrent}`.execute(db);
    return;
  }
  await sql`create table record_versions_next (
    table_name text not null, id text not null, version integer not null,
    deleted integer not null default 0, doc text, sealed text,
    created_at text not null, created_by text, client_id text, seq integer,
    constraint record_versions_pk primary key (table_name, id, version)
  ) without rowid`.execute(db);
  await sql`insert into record_versions_next
    select table_name, id, version, deleted,
      case when ${isCurrent} then null else doc end,
      case when ${isCurrent} then null else sealed end,
      created_at, created_by, client_id, seq
    from record_versions v`.execute(db);
  await sql`drop table record_versions`.execute(db);
  await sql`alter table record_versions_next rename to record_versions`.execute(db);
}

/** Puts the current text back into the history row of every current version. */
export async function down(db: Kysely<unknown>): Promise<void> {
  const fill = sql`update record_versions set
    doc = (select r.doc from records r where r.table_name = record_versions.table_name and r.id = record_versions.id),
    sealed = (select r.sealed from records r where r.table_name = record_versions.table_name and r.id = record_versions.id)
    where doc is null`;
  await fill.execute(db);
  if (dialectOf(db) === 'postgres') {
    await sql`alter table record_versions alter column doc set not null`.execute(db);
    return;
  }
  await sql`create table record_versions_next (
    table_name text not null, id text not null, version integer not null,
    deleted integer not null default 0, doc text not null, sealed text,
    created_at text not null, created_by text, client_id text, seq integer,
    constraint record_versions_pk primary key (table_name, id, version)
  )`.execute(db);
  await sql`insert into record_versions_next select table_name, id, version, deleted, doc, sealed, created_at, created_by, client_id, seq
    from record_versions`.execute(db);
  await sql`drop table record_versions`.execute(db);
  await sql`alter table record_versions_next rename to record_versions`.execute(db);
}
