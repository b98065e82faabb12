import { sql } from 'kysely';
import { dialectOf, type Db } from './connection.ts';

/**
 * Row-level copying between two databases of this application, whatever their engines: the logical
 * backup of PostgreSQL, restore, and the move from SQLite to PostgreSQL. Tables are found in the source
 * (a table a later migration adds is copied too) and copied parents first, so foreign keys hold.
 */

/** Parents before children; a table not named here is copied after these, in name order. */
const COPY_ORDER = [
  'entities',
  'treaty_events',
  'users',
  'sessions',
  'one_time_tokens',
  'login_failures',
  'audit_log',
  'cycles',
  'records',
  'record_versions',
  'sync_clients',
  'mutation_results',
  'conflicts',
  'blobs',
  'published_submissions',
  'published_items',
  'publication_history',
  'assistance_exchanges',
];
/** The reference data every start loads: a fresh target may hold it, and it is replaced by the copy's. */
const REFERENCE_TABLES = ['treaty_events', 'entities'];
/**
 * Migration bookkeeping (each side migrates itself), the search index (rebuilt by triggers or FTS), and
 * attachment bytes held in the database: backups and moves carry attachments as verified files
 * (services/backup/attachments.ts) whatever the storage, and unfinished uploads are not kept.
 */
const NOT_COPIED = /^(kysely_migration.*|public_search.*|sqlite_.*|upload_sessions|upload_parts|blob_contents|blob_chunks)$/;

export type Row = Record<string, unknown>;

export class TargetNotEmptyError extends Error {}
export class CopyMismatchError extends Error {}

export async function tablesToCopy(db: Db): Promise<string[]> {
  const names =
    dialectOf(db) === 'postgres'
      ? (
          await sql<{ name: string }>`select table_name as name from information_schema.tables
            where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(db)
        ).rows.map((r) => r.name)
      : (await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(db)).rows.map((r) => r.name);
  const copied = names.filter((n) => !NOT_COPIED.test(n));
  const rank = (n: string) => (COPY_ORDER.includes(n) ? COPY_ORDER.indexOf(n) : COPY_ORDER.length);
  return copied.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

async function primaryKey(db: Db, table: string): Promise<string[]> {
  if (dialectOf(db) === 'postgres') {
    const r = await sql<{ name: string }>`select a.attname as name from pg_index i
      join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
      where i.indrelid = (quote_ident(current_schema()) || '.' || quote_ident(${table}))::regclass and i.indisprimary
      order by array_position(i.indkey, a.attnum)`.execute(db);
    return r.rows.map((x) => x.name);
  }
  const r = await sql<{ name: string }>`select name from pragma_table_info(${table}) where pk > 0 order by pk`.execute(db);
  return r.rows.map((x) => x.name);
}

/** Every row of `table`, in primary-key order, in batches (never the whole table in memory). */
export async function* readTable(db: Db, table: string, batchSize = 500): AsyncGenerator<Row[]> {
  const key = await primaryKey(db, table);
  const order = key.length ? sql.join(key.map((k) => sql.ref(k))) : sql`1`;
  for (let offset = 0; ; offset += batchSize) {
    const rows = (await sql<Row>`select * from ${sql.table(table)} order by ${order} limit ${batchSize} offset ${offset}`.execute(db)).rows;
    if (rows.length) yield rows;
    if (rows.length < batchSize) return;
  }
}

/** Inserts rows as they are (ids included); batches stay under SQLite's limit of bound parameters. */
export async function insertRows(db: Db, table: string, rows: Row[]): Promise<void> {
  if (!rows.length) return;
  const per = Math.max(1, Math.floor(30_000 / Object.keys(rows[0]!).length));
  for (let i = 0; i < rows.length; i += per) {
    await db
      .insertInto(table as never)
      .values(rows.slice(i, i + per) as never)
      .execute();
  }
}

export async function countRows(db: Db, tables: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const t of tables) {
    counts[t] = Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(t)}`.execute(db)).rows[0]?.n ?? 0);
  }
  return counts;
}

/**
 * A copy goes only into a database that holds nothing but reference data (a fresh database the server
 * or the CLI migrated): the reference rows are removed, the copy brings its own (with any corrections).
 */
export async function clearFreshTarget(db: Db): Promise<void> {
  const tables = await tablesToCopy(db);
  const counts = await countRows(db, tables);
  const used = Object.entries(counts).filter(([t, n]) => n > 0 && !REFERENCE_TABLES.includes(t));
  if (used.length) {
    throw new TargetNotEmptyError(
      `The target database is not empty (${used.map(([t, n]) => `${t}: ${n} rows`).join(', ')}). ` +
        'Restore or copy only into a new, empty database.',
    );
  }
  for (const t of REFERENCE_TABLES) if (tables.includes(t)) await sql`delete from ${sql.table(t)}`.execute(db);
}

/** After rows were inserted with their ids, PostgreSQL's identity sequences continue after the highest. */
export async function resetIdentities(db: Db): Promise<void> {
  if (dialectOf(db) !== 'postgres') return; // SQLite's AUTOINCREMENT follows inserted ids by itself
  const cols = await sql<{ t: string; c: string }>`select table_name as t, column_name as c from information_schema.columns
    where table_schema = current_schema() and (is_identity = 'YES' or column_default like 'nextval(%')`.execute(db);
  for (const { t, c } of cols.rows) {
    await sql`select setval(pg_get_serial_sequence(quote_ident(${t}), ${c}), coalesce((select max(${sql.ref(c)}) from ${sql.table(t)}), 0) + 1, false)`.execute(
      db,
    );
  }
}

/** Which migrations a database has applied (the copy refuses to go between different schema versions). */
export async function appliedMigrations(db: Db): Promise<string[]> {
  const r = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  return r.rows.map((x) => x.name);
}

/** Where rows come from: a live database (dbRowSource) or the table files of a logical backup. */
export interface RowSource {
  migrations: string[];
  tables: string[];
  read(table: string): AsyncIterable<Row[]>;
}

/** Reads a database inside one of its transactions: a consistent snapshot, while writers wait. */
export async function withDbRowSource<T>(db: Db, use: (source: RowSource & { counts(): Promise<Record<string, number>> }) => Promise<T>) {
  return db.transaction().execute(async (trx) => {
    const tables = await tablesToCopy(trx);
    return use({
      migrations: await appliedMigrations(trx),
      tables,
      read: (table) => readTable(trx, table),
      counts: () => countRows(trx, tables),
    });
  });
}

/**
 * Writes every row of `source` into `target` inside one transaction of the target: all or nothing.
 * Both must be at the same migration; the target must be fresh (clearFreshTarget). With `expected`
 * counts, a copy whose counts differ is rolled back.
 */
export async function copyInto(
  target: Db,
  source: RowSource,
  options: { expected?: Record<string, number>; onTable?: (table: string, rows: number) => void } = {},
) {
  const to = await appliedMigrations(target);
  if (source.migrations.join() !== to.join()) {
    throw new Error(
      `The copy is at migration ${source.migrations.at(-1) ?? '(none)'} and the target at ${to.at(-1) ?? '(none)'}: they must be the same release.`,
    );
  }
  const written: Record<string, number> = {};
  await target.transaction().execute(async (trx) => {
    await clearFreshTarget(trx);
    for (const table of source.tables) {
      let n = 0;
      for await (const rows of source.read(table)) {
        await insertRows(trx, table, rows);
        n += rows.length;
      }
      written[table] = n;
      options.onTable?.(table, n);
    }
    await resetIdentities(trx);
    // Compared before the commit: a copy that does not match is never left behind.
    const differences = options.expected ? countDifferences(options.expected, await countRows(trx, source.tables)) : [];
    if (differences.length) throw new CopyMismatchError(`The copy does not match its source: ${differences.join('; ')}.`);
  });
  return { written, target: await countRows(target, source.tables) };
}

/** Names the tables whose counts differ; empty when the copy is whole. */
export function countDifferences(expected: Record<string, number>, actual: Record<string, number>): string[] {
  return Object.keys(expected)
    .filter((t) => expected[t] !== actual[t])
    .map((t) => `${t}: ${expected[t]} expected, ${actual[t] ?? 0} found`);
}
