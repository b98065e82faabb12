import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqlite } from './connection.ts';
import { sharedCommitDb } from './shared-commit.ts';
import { WRITER_AUTOCHECKPOINT_PAGES } from './wal-checkpointer.ts';

interface Test {
  notes: { id: number; text: string };
}

const dirs: string[] = [];
function open(dir = mkdtempSync(join(tmpdir(), 'clearinghouse-checkpoint-'))) {
  if (!dirs.includes(dir)) dirs.push(dir);
  const opened = openSqlite(dir);
  return { ...opened, dir, db: opened.db as unknown as Kysely<Test> };
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const TEXT = 'x'.repeat(2_000);
/** Commits of 25 rows of 2 KB each, as pushes do (sharing their commit); after each, what a reader sees. */
async function commitMany(db: Kysely<Test>, commits: number, seen: (count: number) => void = () => {}, first = 0) {
  for (let c = first; c < first + commits; c++) {
    await sharedCommitDb(db)
      .transaction()
      .execute(async (trx) => {
        await trx
          .insertInto('notes')
          .values(Array.from({ length: 25 }, (_, i) => ({ id: c * 25 + i, text: TEXT })))
          .execute();
      });
    seen(
      (
        await db
          .selectFrom('notes')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  }
}

/** The database file alone, without its WAL: what a checkpoint has copied into it. */
function rowsInDatabaseFileAlone(dir: string): number {
  const copy = mkdtempSync(join(tmpdir(), 'clearinghouse-checkpoint-copy-'));
  dirs.push(copy);
  copyFileSync(join(dir, 'clearinghouse.sqlite'), join(copy, 'alone.sqlite'));
  const alone = new SQLite(join(copy, 'alone.sqlite'), { readonly: true });
  try {
    const table = alone.prepare(`select 1 from sqlite_master where name = 'notes'`).get();
    return table ? (alone.prepare('select count(*) as n from notes').get() as { n: number }).n : 0;
  } finally {
    alone.close();
  }
}

describe('WAL checkpoints in a worker thread', () => {
  it('copies committed pages into the database file while readers see every commit', async () => {
    const { db, sqlite, checkpointer, dir } = open();
    expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(WRITER_AUTOCHECKPOINT_PAGES);
    await sql`create table notes (id integer primary key, text text not null)`.execute(db);
    const counts: number[] = [];
    await commitMany(db, 20, (n) => counts.push(n));
    // The reader connection saw each commit as soon as it was acknowledged.
    expect(counts).toEqual(Array.from({ length: 20 }, (_, c) => (c + 1) * 25));
    await checkpointer!.settled();
    // Without the worker the writer would not checkpoint below its (raised) limit: the file alone would be empty.
    expect(rowsInDatabaseFileAlone(dir)).toBe(500);
    await db.destroy();
  });

  it('keeps every commit across a close and a reopen', async () => {
    const first = open();
    await sql`create table notes (id integer primary key, text text not null)`.execute(first.db);
    await commitMany(first.db, 10);
    await first.db.destroy();
    const again = open(first.dir);
    expect((await again.db.selectFrom('notes').select('id').execute()).length).toBe(250);
    await commitMany(again.db, 1, undefined, 10);
    expect((await again.db.selectFrom('notes').select('id').execute()).length).toBe(275);
    await again.db.destroy();
  }, 20_000);

  it('gives the writer SQLite’s own autocheckpoint back if the worker stops', async () => {
    const { db, sqlite, checkpointer } = open();
    await sql`create table notes (id integer primary key, text text not null)`.execute(db);
    await checkpointer!.terminate();
    await expect.poll(() => sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    // Commits go on without it.
    await db.insertInto('notes').values({ id: 1, text: 'after' }).execute();
    expect(await db.selectFrom('notes').select('text').executeTakeFirst()).toEqual({ text: 'after' });
    await db.destroy();
  });
});
