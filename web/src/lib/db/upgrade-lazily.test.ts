import 'fake-indexeddb/auto';
import Dexie, { type Transaction } from 'dexie';
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '@clearinghouse/shared';
import { upgradeLazily } from './schema.ts';

describe('an upgrade whose code is fetched when it runs', () => {
  // A fetch over the network takes many tasks; IndexedDB commits a transaction left idle meanwhile, so
  // the rewrite after the fetch would fail (or run on a committed transaction) without Dexie.waitFor.
  it('keeps the upgrade transaction open while its code loads, then rewrites the rows', async () => {
    const name = `lazy-${uuidv7()}`;
    const old = new Dexie(name);
    old.version(1).stores({ rows: 'id' });
    await old.open();
    await old.table('rows').bulkAdd([
      { id: 1, n: 1 },
      { id: 2, n: 2 },
    ]);
    old.close();

    const slowLoad = () =>
      new Promise<(tx: Transaction) => Promise<void>>((resolve) =>
        setTimeout(
          () =>
            resolve(
              async (tx) =>
                void (await tx
                  .table('rows')
                  .toCollection()
                  .modify((row) => void (row.n *= 10))),
            ),
          50,
        ),
      );
    const db = new Dexie(name);
    db.version(1).stores({ rows: 'id' });
    db.version(2)
      .stores({})
      .upgrade((tx) => upgradeLazily(tx, slowLoad));
    await db.open();

    expect(await db.table('rows').toArray()).toEqual([
      { id: 1, n: 10 },
      { id: 2, n: 20 },
    ]);
    db.close();
  });
});
