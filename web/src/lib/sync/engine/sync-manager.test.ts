import 'fake-indexeddb/auto';
import type { PullResponse } from '@clearinghouse/shared';
import { describe, expect, it, vi } from 'vitest';
import { OWNER, testDb } from '$lib/db/test-db.ts';
import { fakeTransport } from '../testing/fake-transport.ts';
import { SyncManager, type SyncManagerDeps } from './sync-manager.svelte.ts';

/** A manager started the workspace's way: its database and transport arrive later (after the first paint). */
function startLater() {
  const manager = new SyncManager();
  const { transport } = fakeTransport(() => []);
  let pulls = 0;
  transport.pull = async (): Promise<PullResponse> => {
    pulls++;
    return { changes: [], conflicts: [], cursor: 'c', hasMore: false };
  };
  let arrive!: () => SyncManagerDeps;
  const deps = new Promise<SyncManagerDeps>((resolve) => {
    arrive = () => {
      const ready = { db: testDb(), transport, user: OWNER, isOnline: () => true };
      resolve(ready);
      return ready;
    };
  });
  const stop = manager.startWhenReady(deps);
  return { manager, stop, arrive, deps, pulls: () => pulls };
}

// The first test also imports the engine (the sync cycle's modules) on a busy machine.
describe('SyncManager.startWhenReady', { timeout: 20_000 }, () => {
  it('says a sync is on its way until the database is there, then syncs by itself', async () => {
    const { manager, stop, arrive, pulls } = startLater();
    // Not "up to date" while nothing is known yet.
    expect(manager.starting).toBe(true);
    arrive();
    await vi.waitFor(() => expect(pulls(), JSON.stringify(manager.failure)).toBe(1), { timeout: 20_000 });
    await vi.waitFor(() => expect(manager.lastResult).not.toBeNull(), { timeout: 20_000 });
    expect(manager.starting).toBe(false);
    expect(manager.failure).toBeNull();
    stop();
  });

  it('stopped before the database arrives (signed out, left the workspace), it never syncs', async () => {
    const { manager, stop, arrive, deps, pulls } = startLater();
    stop();
    expect(manager.starting).toBe(false);
    arrive();
    await deps;
    // Long enough for a started manager's first cycle (above: it runs at once once the deps are there).
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(pulls()).toBe(0);
    expect(manager.starting).toBe(false);
  });

  it('a later start is not stopped by an earlier start’s stop function', async () => {
    const first = startLater();
    const second = first.manager.startWhenReady(Promise.resolve({ ...first.arrive() }));
    first.stop(); // stale: the second start replaced it
    expect(first.manager.starting).toBe(true);
    await vi.waitFor(() => expect(first.manager.lastResult).not.toBeNull(), { timeout: 20_000 });
    second();
  });
});
