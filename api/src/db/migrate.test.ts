import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openTestDatabase, testDialect } from '../test/harness.ts';
import { openSqlite } from './connection.ts';
import { migrateToLatest, MigrationError } from './migrate.ts';
import { migrations } from './migrations/index.ts';

// SQLite in memory, or a fresh PostgreSQL schema when TEST_DATABASE_URL is set (the same migrations).
describe(`migrations (${testDialect})`, () => {
  it('apply in order to a fresh database, and again is a no-op', async () => {
    const { db } = await openTestDatabase();
    const applied = await migrateToLatest(db);
    expect(applied).toEqual(Object.keys(migrations));
    expect(Object.keys(migrations)).toEqual([...Object.keys(migrations)].sort());
    const tables =
      testDialect === 'postgres'
        ? await sql<{
            name: string;
          }>`select table_name as name from information_schema.tables where table_schema = current_schema()`.execute(db)
        : await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(db);
    expect(tables.rows.map((r) => r.name)).toEqual(
      expect.arrayContaining(['users', 'sessions', 'entities', 'treaty_events', 'public_search', 'audit_log']),
    );
    if (testDialect === 'postgres') {
      // Fractional positions must sort by code point whatever the database's collation.
      const position = await sql<{ c: string }>`select collation_name as c from information_schema.columns
        where table_schema = current_schema() and table_name = 'published_items' and column_name = 'position'`.execute(db);
      expect(position.rows[0]?.c).toBe('C');
    }
    expect(await migrateToLatest(db)).toEqual([]);
  });

  it('refuses a database that has a migration this code does not know', async () => {
    const { db } = await openTestDatabase();
    await migrateToLatest(db);
    await sql`insert into kysely_migration (name, timestamp) values ('9999-from-the-future', '2030-01-01T00:00:00Z')`.execute(db);
    await expect(migrateToLatest(db)).rejects.toThrow(MigrationError);
    await expect(migrateToLatest(db)).rejects.toThrow(/newer or different version/);
  });

  it('sets the durability pragmas on a file database', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { sqlite } = openSqlite(mkdtempSync(join(tmpdir(), 'ch-db-')));
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    sqlite.close();
  });
});
