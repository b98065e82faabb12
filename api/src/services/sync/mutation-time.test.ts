import { beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { device, newItem, newSubmission } from '../../test/sync-helpers.ts';

let t: TestContext;
beforeEach(async () => {
  t = await createTestContext();
  await t.createUser('ben@example.org', 'focal_point', 'BEN');
});

const stamps = async (ids: string[]) =>
  (await t.db.selectFrom('record_versions').select(['id', 'created_at']).where('id', 'in', ids).orderBy('id').execute()).map(
    (r) => r.created_at,
  );

describe('the time a mutation is stamped with', () => {
  it('is the clock’s when it is applied, to the millisecond, push after push', async () => {
    const laptop = await device(t, 'ben@example.org');
    const s = newSubmission('BEN');
    const a = newItem(s.id, 'obstacle');
    t.clock.now = new Date('2026-11-28T10:00:00.000Z');
    await laptop.push([s, a]);
    expect(await stamps([s.id, a.id])).toEqual(['2026-11-28T10:00:00.000Z', '2026-11-28T10:00:00.000Z']);

    // One millisecond later, and then an hour later: each push's versions carry their own time.
    const b = newItem(s.id, 'event');
    t.clock.now = new Date('2026-11-28T10:00:00.001Z');
    await laptop.push([b]);
    const c = newItem(s.id, 'legislation');
    t.clock.now = new Date('2026-11-28T11:00:00.001Z');
    await laptop.push([c]);
    expect(await stamps([b.id])).toEqual(['2026-11-28T10:00:00.001Z']);
    expect(await stamps([c.id])).toEqual(['2026-11-28T11:00:00.001Z']);
  });
});
