import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqlite } from './connection.ts';

interface Test {
  notes: { id: number; text: string };
}

const dirs: string[] = [];
function open() {
  const dir = mkdtempSync(join(tmpdir(), 'clearinghouse-driver-'));
  dirs.push(dir);
  const { db } = openSqlite(dir);
  return db as unknown as Kysely<Test>;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('SQLite with a writer and a reader', () => {
  it('answers a read while another request’s transaction is open, from the committed state', async () => {
    const db = open();
    await sql`create table notes (id integer primary key, text text not null)`.execute(db);
    await db.insertInto('notes').values({ id: 1, text: 'committed' }).execute();

    let finish!: () => void;
    const held = new Promise<void>((resolve) => (finish = resolve));
    let inserted!: () => void;
    const insertedInside = new Promise<void>((resolve) => (inserted = resolve));
    const transaction = db.transaction().execute(async (trx) => {
      await trx.insertInto('notes').values({ id: 2, text: 'not yet committed' }).execute();
      inserted();
      await held; // a push giving the event loop back, its transaction still open
    });
    await insertedInside;
    // With one connection behind a mutex this read waited for the commit, which waits for the read:
    // the test would hang (and fail on its timeout).
    const seen = await db.selectFrom('notes').select('text').orderBy('id').execute();
    expect(seen.map((r) => r.text)).toEqual(['committed']);
    finish();
    await transaction;
    expect((await db.selectFrom('notes').select('id').execute()).length).toBe(2);
    await db.destroy();
  });

  it('serialises writes outside transactions behind an open transaction, in order', async () => {
    const db = open();
    await sql`create table notes (id integer primary key, text text not null)`.execute(db);
    const order: string[] = [];
    let finish!: () => void;
    const held = new Promise<void>((resolve) => (finish = resolve));
    let begun!: () => void;
    const begunInside = new Promise<void>((resolve) => (begun = resolve));
    const transaction = db.transaction().execute(async (trx) => {
      await trx.insertInto('notes').values({ id: 1, text: 'in the transaction' }).execute();
      begun();
      await held;
      order.push('commit');
    });
    await begunInside;
    const write = db
      .updateTable('notes')
      .set({ text: 'after the commit' })
      .where('id', '=', 1)
      .execute()
      .then((r) => {
        order.push('update');
        return r;
      });
    finish();
    await Promise.all([transaction, write]);
    expect(order).toEqual(['commit', 'update']);
    // The update ran after the commit, so it found the row the transaction inserted.
    expect(await db.selectFrom('notes').select('text').executeTakeFirst()).toEqual({ text: 'after the commit' });
    await db.destroy();
  });

  it('rolls back a failed transaction and frees the writer for the next one', async () => {
    const db = open();
    await sql`create table notes (id integer primary key, text text not null)`.execute(db);
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.insertInto('notes').values({ id: 1, text: 'one' }).execute();
        await trx.insertInto('notes').values({ id: 1, text: 'duplicate id' }).execute();
      }),
    ).rejects.toThrow(/UNIQUE/);
    await db.transaction().execute((trx) => trx.insertInto('notes').values({ id: 1, text: 'again' }).execute());
    expect(await db.selectFrom('notes').selectAll().execute()).toEqual([{ id: 1, text: 'again' }]);
    await db.destroy();
  });
});
