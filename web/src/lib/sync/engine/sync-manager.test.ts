import 'fake-indexeddb/auto';
import type { PullResponse } from '@clearinghouse/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NOW, OWNER, testDb } from '$lib/db/test-db.ts';
import { fakeTransport } from '../testing/fake-transport.ts';
import { noteLocalEdit } from '../local-edits.ts';
import {
  CHANGE_DELAY_MS,
  CHANGE_MAX_WAIT_MS,
  POLL_MS,
  SUMMARY_PAUSE_MS,
  SyncManager,
  type SyncManagerDeps,
} from './sync-manager.svelte.ts';

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

/** Lets the database's real callbacks run (fake-indexeddb answers on setImmediate, which stays real). */
async function settle(rounds = 50): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((resolve) => setImmediate(resolve));
}

/** A started manager whose cycle attempts are counted (each attempt asks whether the browser is online). */
async function startedManager() {
  const manager = new SyncManager();
  const { transport } = fakeTransport(() => []);
  let attempts = 0;
  const db = testDb();
  const stop = manager.start({
    db,
    transport,
    user: OWNER,
    isOnline: () => {
      attempts++;
      return true;
    },
  });
  await vi.advanceTimersByTimeAsync(0); // the start's own cycle
  await settle();
  await vi.waitUntil(() => manager.lastResult !== null && !manager.running, { timeout: 20_000, interval: 1 });
  return { manager, stop, db, attempts: () => attempts };
}

/** Timers and the clock fake for each test of the suite; setImmediate and microtasks stay real for the database. */
function withFakeTimers() {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}

describe('SyncManager: local changes are pushed once the edits pause', { timeout: 20_000 }, () => {
  withFakeTimers();

  it('waits while edits keep coming, but never longer than CHANGE_MAX_WAIT_MS after the first', async () => {
    const { stop, attempts } = await startedManager();
    const before = attempts();
    // A key every 500 ms: each one moves the change delay on, so no cycle while the typing goes on…
    for (let at = 0; at < CHANGE_MAX_WAIT_MS - 500; at += 500) {
      noteLocalEdit();
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(attempts()).toBe(before);
    // …until the first edit is CHANGE_MAX_WAIT_MS old: then a cycle, typing or not.
    noteLocalEdit();
    await vi.advanceTimersByTimeAsync(500);
    expect(attempts()).toBe(before + 1);
    stop();
  });

  it('syncs CHANGE_DELAY_MS after the last edit once the typing stops', async () => {
    const { stop, attempts } = await startedManager();
    const before = attempts();
    for (let key = 0; key < 5; key++) {
      noteLocalEdit();
      await vi.advanceTimersByTimeAsync(300);
    }
    await vi.advanceTimersByTimeAsync(CHANGE_DELAY_MS - 300 - 1);
    expect(attempts()).toBe(before);
    await vi.advanceTimersByTimeAsync(1);
    expect(attempts()).toBe(before + 1);
    stop();
  });

  it('an edit never puts off a cycle already due sooner for another reason (back online)', async () => {
    const { manager, stop, attempts } = await startedManager();
    const before = attempts();
    manager.schedule(0, true);
    noteLocalEdit();
    await vi.advanceTimersByTimeAsync(0);
    expect(attempts()).toBe(before + 1);
    stop();
  });

  it('a stopped manager no longer hears the edits', async () => {
    const { stop, attempts } = await startedManager();
    const before = attempts();
    stop();
    noteLocalEdit();
    await vi.advanceTimersByTimeAsync(CHANGE_MAX_WAIT_MS + POLL_MS);
    expect(attempts()).toBe(before);
  });
});

describe('SyncManager: the summary while a person types', { timeout: 20_000 }, () => {
  withFakeTimers();

  it('is not read again while edits come, and is read SUMMARY_PAUSE_MS after the last one', async () => {
    const { manager, stop, db } = await startedManager();
    await vi.waitUntil(() => !manager.starting, { timeout: 20_000, interval: 1 });
    expect(manager.local.waiting).toBe(0);
    noteLocalEdit();
    await db.outbox.add({
      table: 'items',
      id: 'typed',
      op: 'upsert',
      baseVersion: null,
      state: 'pending',
      createdAt: NOW,
      fields: { title: 'x' },
    });
    await settle();
    expect(manager.local.waiting).toBe(0); // paused: the figure waits for the pause
    await vi.advanceTimersByTimeAsync(SUMMARY_PAUSE_MS - 1);
    noteLocalEdit(); // still typing
    await vi.advanceTimersByTimeAsync(SUMMARY_PAUSE_MS - 1);
    await settle();
    expect(manager.local.waiting).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    await vi.waitUntil(() => manager.local.waiting === 1, { timeout: 20_000, interval: 1 });
    stop();
  });
});
