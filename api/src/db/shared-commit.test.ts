import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqlite } from './connection.ts';
import { sharedCommitDb } from './shared-commit.ts';

interface Test {
  notes: { id: number; text: string };
}

const dirs: string[] = [];
/** A file database whose writer records every COMMIT (and may be told to fail the next one). */
async function open() {
  const dir = mkdtempSync(join(tmpdir(), 'clearinghouse-group-'));
  dirs.push(dir);
  // No age limit within a test's span: on a loaded machine the holder can outlive the server's 25 ms
  // before the others queue, and the group would then commit early (a flaky test, not the rule under test).
  const { db, sqlite } = openSqlite(dir, { groupMaxAgeMs: 60_000 });
  const log: string[] = [];
  let failNextCommit = false;
  const exec = sqlite.exec.bind(sqlite);
  sqlite.exec = (statement: string) => {
    if (statement === 'commit') {
      if (failNextCommit) {
        failNextCommit = false;
        throw new Error('disk I/O error (simulated)');
      }
      log.push('commit');
    }
    return exec(statement);
  };
  const typed = db as unknown as Kysely<Test>;
  await sql`create table notes (id integer primary key, text text not null)`.execute(typed);
  log.length = 0;
  return { db: typed, log, failCommit: () => (failNextCommit = true) };
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const ids = async (db: Kysely<Test>) => (await db.selectFrom('notes').select('id').orderBy('id').execute()).map((r) => r.id);

/** One shared transaction holding the writer until `finish` is called, so that others queue behind it. */
function holder(db: Kysely<Test>, id: number) {
  let finish!: () => void;
  const held = new Promise<void>((resolve) => (finish = resolve));
  let begun!: () => void;
  const started = new Promise<void>((resolve) => (begun = resolve));
  const done = sharedCommitDb(db)
    .transaction()
    .execute(async (trx) => {
      await trx.insertInto('notes').values({ id, text: 'first' }).execute();
      begun();
      await held;
    });
  return { started, finish, done };
}

describe('group commit of shared transactions (SQLite)', () => {
  it('commits transactions that waited together once, each all or nothing, acknowledged only after the commit', async () => {
    const { db, log } = await open();
    const first = holder(db, 1);
    await first.started;
    const insert = (id: number, fail = false) =>
      sharedCommitDb(db)
        .transaction()
        .execute(async (trx) => {
          await trx.insertInto('notes').values({ id, text: 'queued' }).execute();
          if (fail) await trx.insertInto('notes').values({ id, text: 'duplicate id' }).execute();
        })
        .then(
          () => log.push(`acknowledged ${id}`),
          () => log.push(`failed ${id}`),
        );
    const queued = [insert(2), insert(3, true), insert(4)];
    first.finish();
    await Promise.all([first.done, ...queued]);
    // One fsync for the four, and nobody heard of success before it; the failed one left nothing behind.
    expect(log).toEqual(['failed 3', 'commit', 'acknowledged 2', 'acknowledged 4']);
    expect(await ids(db)).toEqual([1, 2, 4]);
    await db.destroy();
  });

  it('commits alone when nobody waits, and keeps other transactions and writes out of a group', async () => {
    const { db, log } = await open();
    await sharedCommitDb(db)
      .transaction()
      .execute((trx) => trx.insertInto('notes').values({ id: 1, text: 'alone' }).execute());
    expect(log).toEqual(['commit']);

    const first = holder(db, 2);
    await first.started;
    const own = db.transaction().execute((trx) => trx.insertInto('notes').values({ id: 3, text: 'own commit' }).execute());
    const write = db.insertInto('notes').values({ id: 4, text: 'outside a transaction' }).execute();
    first.finish();
    await Promise.all([first.done, own, write]);
    // The shared one committed before the ordinary transaction began; the write outside ran on its own.
    expect(log).toEqual(['commit', 'commit', 'commit']);
    expect(await ids(db)).toEqual([1, 2, 3, 4]);
    await db.destroy();
  });

  it('fails every transaction of a group whose commit fails, and the writer works afterwards', async () => {
    const { db, failCommit } = await open();
    const first = holder(db, 1);
    await first.started;
    const second = sharedCommitDb(db)
      .transaction()
      .execute((trx) => trx.insertInto('notes').values({ id: 2, text: 'x' }).execute());
    failCommit();
    first.finish();
    const outcomes = await Promise.allSettled([first.done, second]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
    expect(String((outcomes[0] as PromiseRejectedResult).reason)).toMatch(/simulated/);
    expect(await ids(db)).toEqual([]);
    await sharedCommitDb(db)
      .transaction()
      .execute((trx) => trx.insertInto('notes').values({ id: 3, text: 'y' }).execute());
    expect(await ids(db)).toEqual([3]);
    await db.destroy();
  });
});
