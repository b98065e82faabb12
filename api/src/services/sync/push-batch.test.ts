import { MAX_MUTATIONS_PER_PUSH, type Mutation } from '@clearinghouse/shared';
import { beforeEach, describe, expect, it } from 'vitest';
import { usersRepo } from '../../db/repositories/users.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { device, newItem, newSubmission, type Device } from '../../test/sync-helpers.ts';
import { syncPushService } from './push.ts';

/**
 * The server reads a push's records as a set and writes them in multi-row statements. Whatever the
 * batching, the answers and the stored state must be exactly those of the same mutations sent one push
 * at a time: each mutation sees the effects of the ones before it in the same push.
 */
let t: TestContext;
beforeEach(async () => {
  t = await createTestContext();
  await t.createUser('ben@example.org', 'focal_point', 'BEN');
  await t.createUser('ben2@example.org', 'focal_point', 'BEN');
});

/** One device's queue: creations, edits of records created earlier in it, a re-creation, a merge, deletions. */
function queue(otherEdit: { id: string }) {
  const s = newSubmission('BEN');
  const a = newItem(s.id, 'obstacle', { description: 'First line\nSecond line\nThird line' });
  const b = newItem(s.id, 'event', { startDate: '2026-12-01', place: 'The Hague' });
  return [
    s,
    a,
    b,
    { table: 'items', id: a.id, op: 'upsert', baseVersion: 1, fields: { title: 'Renamed in the same push' } },
    // Sent again as new (an answer was lost): the server knows the device wrote the current version.
    { ...b, fields: { ...b.fields, place: 'Cotonou' } },
    { table: 'items', id: b.id, op: 'delete', baseVersion: 2 },
    // The device deleted it itself (its own latest version): an edit from an older base restores it.
    { table: 'items', id: b.id, op: 'upsert', baseVersion: 1, fields: { place: 'Restored' } },
    { table: 'submissions', id: s.id, op: 'upsert', baseVersion: 1, fields: { title: 'Report, second draft' } },
    // A stale base against a record another device changed meanwhile: merged, then a clash.
    { table: 'items', id: otherEdit.id, op: 'upsert', baseVersion: 1, fields: { description: 'Mine' } },
    { table: 'items', id: otherEdit.id, op: 'upsert', baseVersion: 1, fields: { kind: 'constitutional' } },
    newItem('00000000-0000-7000-8000-000000000000', 'obstacle'),
  ];
}

const sharedSubmission = newSubmission('BEN');
const shared = newItem(sharedSubmission.id, 'obstacle', { description: 'Base' });

/** An element both accounts' devices edit: the other device changes it after the laptop's base. */
async function sharedElement(other: Device, laptop: Device) {
  await laptop.push([sharedSubmission, shared]);
  await other.push([{ table: 'items', id: shared.id, op: 'upsert', baseVersion: 1, fields: { description: 'Theirs' } }]);
  return shared;
}

const stateOf = async (d: Device) =>
  (await d.pullAll()).changes
    .map((c) => ({ table: c.table, version: c.version, deleted: c.deleted, record: c.record }))
    .sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
const answersOf = (results: any[]) => results.map((r) => ({ status: r.status, version: r.version, error: r.error?.code }));

describe('push in batches', () => {
  it('answers and stores exactly what one mutation per push would', async () => {
    const one = await device(t, 'ben@example.org');
    const oneOther = await device(t, 'ben2@example.org');
    const mutations = queue(await sharedElement(oneOther, one));
    const singly: any[] = [];
    for (const m of mutations) singly.push(...(await one.push([m])).results);

    const u = await createTestContext();
    await u.createUser('ben@example.org', 'focal_point', 'BEN');
    await u.createUser('ben2@example.org', 'focal_point', 'BEN');
    const batch = await device(u, 'ben@example.org');
    const batchOther = await device(u, 'ben2@example.org');
    await sharedElement(batchOther, batch);
    const together = (await batch.push(mutations)).results;

    expect(answersOf(together)).toEqual(answersOf(singly));
    expect(answersOf(together).map((a) => a.status)).toEqual([
      'applied',
      'applied',
      'applied',
      'applied',
      'applied',
      'applied',
      'applied',
      'applied',
      'conflict',
      'merged',
      'rejected',
    ]);
    expect(await stateOf(batch)).toEqual(await stateOf(one));
  });

  it('applies a push of as many mutations as the protocol allows, in order, and replays it when sent again', async () => {
    const laptop = await device(t, 'ben@example.org');
    const s = newSubmission('BEN');
    const items = Array.from({ length: MAX_MUTATIONS_PER_PUSH - 1 }, (_, i) => newItem(s.id, 'obstacle', { title: `Obstacle ${i}` }));
    const answer = await laptop.push([s, ...items]);
    expect(answer.results).toHaveLength(MAX_MUTATIONS_PER_PUSH);
    expect(answer.results.every((r: any) => r.status === 'applied' && r.version === 1)).toBe(true);
    expect(answer.lastMid).toBe(MAX_MUTATIONS_PER_PUSH);
    const pulled = await laptop.pullAll();
    expect(pulled.changes.map((c) => c.id)).toEqual([s.id, ...items.map((i) => i.id)]);
    const again = await laptop.push([s, ...items].map((m, i) => ({ ...m, mid: i + 1 })));
    expect(again).toEqual(answer);
    expect((await laptop.pullAll()).changes).toHaveLength(MAX_MUTATIONS_PER_PUSH);
  });

  it('spreads a push over several transactions without losing or reordering a change', async () => {
    const laptop = await device(t, 'ben@example.org');
    const account = await usersRepo(t.db).findByEmail('ben@example.org');
    const user = { id: account!.id, email: account!.email, role: account!.role, entityId: account!.entityId };
    // Transactions of 100: what a push is cut into when it outlasts the server's time budget.
    const pushes = syncPushService(t.db, t.keyring, () => new Date(t.clock.now), { mutationsPerTransaction: 100 });
    const s = newSubmission('BEN');
    const items = Array.from({ length: 450 }, (_, i) => newItem(s.id, 'obstacle', { title: `Obstacle ${i}` }));
    const mutations = [s, ...items].map((m, i) => ({ ...m, mid: i + 1 })) as Mutation[];
    const request = { clientId: laptop.clientId, protocol: 1, mutations };
    const answer = await pushes.push(user, request);
    expect(answer.results).toHaveLength(451);
    expect(answer.results.every((r) => r.status === 'applied' && r.version === 1)).toBe(true);
    expect(answer.lastMid).toBe(451);
    // Each transaction records its answers in one row.
    const rows = await t.db.selectFrom('mutation_results').select('mid').where('client_id', '=', laptop.clientId).execute();
    expect(rows.length).toBeGreaterThanOrEqual(5);
    const pulled = await laptop.pullAll();
    expect(pulled.changes.map((c) => c.id)).toEqual([s.id, ...items.map((i) => i.id)]);
    // Sent again, every answer is replayed and nothing is written twice.
    expect(await pushes.push(user, request)).toEqual(answer);
    expect((await laptop.pullAll()).changes).toHaveLength(451);
  });
});
