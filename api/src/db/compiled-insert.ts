import { CompiledQuery } from 'kysely';
import { dialectOf, type Db } from './connection.ts';
import type { Database } from './schema.ts';
import { statementTexts } from './statement-text.ts';

/** Rows per statement: under SQLite's and PostgreSQL's limits of bound parameters for any table here. */
const ROWS_PER_STATEMENT = 200;

/**
 * A multi-row INSERT (or upsert) whose SQL text is written once per dialect and row count, for the
 * push's hot writes: building the same statement with Kysely's builder for every batch (parsing each
 * row's values into an operation tree, then compiling it) cost more than SQLite inserting the rows.
 * The SQLite driver keeps each text's prepared statement, so a batch of 200 rows reuses it.
 * `update` lists the columns an existing row (same `conflict` key) takes from the new one.
 */
export function compiledInsert<T extends keyof Database>(
  table: T,
  columns: readonly (keyof Database[T] & string)[],
  onConflict?: { key: readonly (keyof Database[T] & string)[]; update: readonly (keyof Database[T] & string)[] },
) {
  const quote = (name: string) => `"${name}"`;
  const suffix = onConflict
    ? ` on conflict (${onConflict.key.map(quote).join(', ')}) do update set ${onConflict.update
        .map((c) => `${quote(c)} = excluded.${quote(c)}`)
        .join(', ')}`
    : '';
  const textFor = statementTexts((rows, placeholder) => {
    const tuples = Array.from({ length: rows }, () => `(${columns.map(placeholder).join(', ')})`);
    return `insert into ${quote(table)} (${columns.map(quote).join(', ')}) values ${tuples.join(', ')}${suffix}`;
  });
  /** Sends rows given as their values in `columns` order, one row after the other (no object per row). */
  const insertValues = async (db: Db, values: readonly unknown[]): Promise<void> => {
    const dialect = dialectOf(db);
    const width = columns.length;
    for (let i = 0; i < values.length; i += ROWS_PER_STATEMENT * width) {
      const chunk = values.slice(i, i + ROWS_PER_STATEMENT * width);
      await db.executeQuery(CompiledQuery.raw(textFor(dialect, chunk.length / width), chunk));
    }
  };
  const insertRows = async (db: Db, rows: readonly Database[T][]): Promise<void> => {
    const values: unknown[] = [];
    for (const row of rows) for (const column of columns) values.push((row as Record<string, unknown>)[column] ?? null);
    await insertValues(db, values);
  };
  return Object.assign(insertRows, { values: insertValues });
}
