import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ClearinghouseDb } from '$lib/db/database.ts';
import { testDb, OWNER } from '$lib/db/test-db.ts';
import { DraftsStore } from '$lib/drafts/drafts-store.ts';
import { claimDevice } from '$lib/db/device-owner.ts';
import { readDeviceFacts } from './facts.ts';
import { isPublicApiPath, isPublicStorageKey, wipeLocalData } from './wipe.ts';

const OTHER = { id: '0190a000-0000-7000-8000-000000000002', entityId: 'CPV' } as const;

class MemoryStorage implements Storage {
  private values = new Map<string, string>();
  get length() {
    return this.values.size;
  }
  key = (i: number) => [...this.values.keys()][i] ?? null;
  getItem = (key: string) => this.values.get(key) ?? null;
  setItem = (key: string, value: string) => void this.values.set(key, String(value));
  removeItem = (key: string) => void this.values.delete(key);
  clear = () => this.values.clear();
  keys = () => [...this.values.keys()].sort();
}

/** A Cache Storage with one cache holding the given URLs. */
function fakeCaches(urls: string[]) {
  const held = new Set(urls);
  const cache = {
    keys: async () => [...held].map((u) => new Request(u)),
    delete: async (r: Request) => held.delete(r.url),
  };
  return { held, storage: { keys: async () => ['runtime'], open: async () => cache } as unknown as CacheStorage };
}

async function seed(db: ClearinghouseDb, owner = OWNER, unsent = true) {
  const store = new DraftsStore(db);
  expect(await store.claim(owner)).toBe(true);
  const draft = await store.createSubmission({ entityId: owner.entityId, title: 'Confidential plan' });
  if (!unsent) await db.outbox.clear();
  await db.conflicts.put({ id: 'c1', recordId: draft.id } as never);
  return draft;
}

const tableCounts = async (db: ClearinghouseDb) =>
  Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.count()] as const)));

describe('wipeLocalData', () => {
  it('deletes the database, reopens it empty, and removes only the non-public caches', async () => {
    const db = testDb();
    await seed(db);
    await db.reference.put({ key: 'entities', value: [], fetchedAt: 'x' } as never);
    const local = new MemoryStorage();
    for (const key of ['clearinghouse.session.user', 'clearinghouse.monitoring', 'clearinghouse.sync.lease', 'clearinghouse.later-cache'])
      local.setItem(key, '{}');
    for (const key of [
      'clearinghouse.locale',
      'clearinghouse.public:/api/public/states',
      'clearinghouse.session.logout-pending',
      'other-app',
    ])
      local.setItem(key, '1');
    const session = new MemoryStorage();
    session.setItem('clearinghouse.anything', '1');
    const origin = 'https://ch.example';
    const caches = fakeCaches([
      `${origin}/api/sync/pull?cursor=x`,
      `${origin}/api/submissions/1`,
      `${origin}/api/public/states`,
      `${origin}/index.html`,
    ]);

    const report = await wipeLocalData({ mode: 'wipe', db, storages: [local, session], cacheStorage: caches.storage });

    expect(report).toEqual({ databaseDeleted: true, storageKeys: 5, cacheEntries: 2 });
    expect(await Dexie.exists(db.name)).toBe(false);
    expect(local.keys()).toEqual([
      'clearinghouse.locale',
      'clearinghouse.public:/api/public/states',
      'clearinghouse.session.logout-pending',
      'other-app',
    ]);
    expect(session.keys()).toEqual([]);
    expect([...caches.held].sort()).toEqual([`${origin}/api/public/states`, `${origin}/index.html`]);
    // The same connection reopens lazily, empty: the app keeps working after sign-out.
    expect(Object.values(await tableCounts(db)).every((n) => n === 0)).toBe(true);
    expect(await new DraftsStore(db).claim(OTHER)).toBe(true);
  });

  it('keep-database keeps the unsent work locked to its owner and drops the conflict list', async () => {
    const db = testDb();
    await seed(db);
    await wipeLocalData({ mode: 'keep-database', db, storages: [], cacheStorage: undefined });
    const counts = await tableCounts(db);
    expect(counts).toMatchObject({ submissions: 1, outbox: 1, conflicts: 0 });
    expect((await readDeviceFacts(db)).ownerId).toBe(OWNER.id);
  });
});

describe('another account on the same browser', () => {
  it("never gets the previous account's data: refused while unsent, cleared once all was sent, gone after a wipe", async () => {
    const kept = testDb();
    await seed(kept);
    expect(await new DraftsStore(kept).claim(OTHER)).toBe(false);
    expect(await claimDevice(kept, OTHER, { handOver: true })).toBe(false);
    expect(await kept.submissions.count()).toBe(1); // nothing of the first account is deleted either

    const synced = testDb();
    await seed(synced, OWNER, false);
    expect(await claimDevice(synced, OTHER)).toBe(false); // drafting never takes it over
    expect(await claimDevice(synced, OTHER, { handOver: true })).toBe(true); // sync does
    expect(await synced.submissions.count()).toBe(0);
    expect(await synced.conflicts.count()).toBe(0);

    const wiped = testDb();
    await seed(wiped);
    await wipeLocalData({ mode: 'wipe', db: wiped, storages: [], cacheStorage: undefined });
    expect(await new DraftsStore(wiped).claim(OTHER)).toBe(true);
    expect(await wiped.submissions.count()).toBe(0);
  });
});

describe('what counts as public', () => {
  it('keeps the locale, the public copy and the pending sign-out; nothing else of the app', () => {
    expect(isPublicStorageKey('clearinghouse.public:/api/public/search?q=x')).toBe(true);
    expect(isPublicStorageKey('clearinghouse.monitoring')).toBe(false);
    expect(isPublicStorageKey('clearinghouse.session.user')).toBe(false);
    expect(isPublicApiPath('/api/public/states')).toBe(true);
    expect(isPublicApiPath('/api/publications')).toBe(false);
    expect(isPublicApiPath('/api/monitoring')).toBe(false);
  });
});
