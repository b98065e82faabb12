import { describe, expect, it } from 'vitest';
import { createTestContext } from '../../test/harness.ts';
import { device, newItem, newSubmission } from '../../test/sync-helpers.ts';

/**
 * Writers at once (on PostgreSQL: separate connections and transactions) while a reader pulls with its
 * cursor: every change assigns a distinct sequence number, and a pull that follows its cursor during the
 * writes ends with every record (a later-committed lower number would be skipped).
 */
describe('concurrent pushes', () => {
  it('each get distinct sequence numbers, and a pull following its cursor meanwhile misses nothing', async () => {
    const t = await createTestContext();
    await t.createUser('ben@example.org', 'focal_point', 'BEN');
    const reader = await device(t, 'ben@example.org');
    const writers = await Promise.all(Array.from({ length: 6 }, () => device(t, 'ben@example.org')));
    const expected = new Set<string>();
    let writing = true;
    const seen = new Set<string>();
    const follow = (async () => {
      let cursor: string | undefined;
      for (;;) {
        const done = !writing;
        const page = await reader.pull(cursor, 7);
        for (const c of page.changes) seen.add(c.id);
        cursor = page.cursor;
        if (done && !page.hasMore) return;
      }
    })();
    await Promise.all(
      writers.map(async (w) => {
        for (let round = 0; round < 3; round++) {
          const s = newSubmission('BEN');
          const items = [newItem(s.id, 'obstacle'), newItem(s.id, 'strategy'), newItem(s.id, 'event', { startDate: '2026-12-01' })];
          for (const m of [s, ...items]) expected.add(m.id);
          const res = await w.push([s, ...items]);
          expect(res.results.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied', 'applied', 'applied']);
        }
      }),
    );
    writing = false;
    await follow;
    expect([...expected].filter((id) => !seen.has(id))).toEqual([]);
    const seqs = (await t.db.selectFrom('records').select('seq').execute()).map((r) => r.seq);
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(seqs.length).toBe(expected.size);
  });
});
