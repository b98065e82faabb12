import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openTestDatabase } from '../test/harness.ts';
import { compiledOnce } from './compiled-once.ts';
import type { Db } from './connection.ts';

interface Test {
  notes: { id: number; owner: string; text: string; at: string };
}

async function notes() {
  const { db } = await openTestDatabase();
  const typed = db as unknown as Kysely<Test>;
  await sql`create table notes (id integer primary key, owner text not null, text text not null, at text not null)`.execute(typed);
  await typed
    .insertInto('notes')
    .values([
      { id: 1, owner: 'ben', text: 'first', at: '2026-01-01' },
      { id: 2, owner: 'ben', text: 'second', at: '2026-03-01' },
      { id: 3, owner: 'fra', text: 'third', at: '2026-02-01' },
    ])
    .execute();
  return db;
}

const t = (db: Db) => db as unknown as Kysely<Test>;

describe('compiledOnce', () => {
  it('runs each call with its own values, an argument used twice and constants of the builder kept', async () => {
    const db = await notes();
    let builds = 0;
    const after = compiledOnce((db: Db, owner: string, since: string) => {
      builds++;
      return t(db)
        .selectFrom('notes')
        .select(['id', 'text'])
        .where('owner', '=', owner)
        .where((eb) => eb.or([eb('at', '>', since), eb('text', '=', since)]))
        .where('id', '<', 100)
        .orderBy('id');
    });
    expect(await after(db, 'ben', '2026-02-01')).toEqual([{ id: 2, text: 'second' }]);
    expect(await after(db, 'ben', '2025-12-31')).toEqual([
      { id: 1, text: 'first' },
      { id: 2, text: 'second' },
    ]);
    expect(await after(db, 'fra', 'third')).toEqual([{ id: 3, text: 'third' }]);
    expect(await after(db, 'nobody', '2000-01-01')).toEqual([]);
    expect(builds).toBe(1);
  });

  it('works inside a transaction, seeing its uncommitted writes', async () => {
    const db = await notes();
    const count = compiledOnce((db: Db, owner: string) =>
      t(db)
        .selectFrom('notes')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('owner', '=', owner),
    );
    await db.transaction().execute(async (trx) => {
      await t(trx).insertInto('notes').values({ id: 4, owner: 'fra', text: 'fourth', at: '2026-04-01' }).execute();
      expect(Number((await count(trx, 'fra'))[0]?.n)).toBe(2);
    });
    expect(Number((await count(db, 'fra'))[0]?.n)).toBe(2);
  });

  it('refuses a builder that uses an argument to choose the query’s shape', async () => {
    const db = await notes();
    const shaped = compiledOnce((db: Db, owner: string) =>
      typeof owner === 'string' ? t(db).selectFrom('notes').selectAll().where('owner', '=', owner) : t(db).selectFrom('notes').selectAll(),
    );
    await expect(shaped(db, 'ben')).rejects.toThrow(/every argument must be a parameter/);
  });
});
