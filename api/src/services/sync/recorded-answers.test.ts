import { beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { device, newItem, newSubmission } from '../../test/sync-helpers.ts';

/**
 * A transaction records the answers of the mutations it handled in one row (keyed by the last of their
 * mids), and answers recorded one row per mid by earlier versions stay valid. Either way a resent mid
 * gets exactly its recorded answer, and a mid at or below the last handled one that was never handled
 * is refused, never answered "applied" (PROTOCOL.md, push).
 */
let t: TestContext;
beforeEach(async () => {
  t = await createTestContext();
  await t.createUser('ben@example.org', 'focal_point', 'BEN');
});

const passed = (mid: number) => ({
  mid,
  status: 'rejected',
  error: {
    code: 'mid-already-passed',
    message: 'This change arrived with a sequence number the server has already passed; it must be sent again.',
  },
});

describe('recorded answers', () => {
  it('replays each handled mid of a push with gaps, and refuses the mids in the gaps', async () => {
    const laptop = await device(t, 'ben@example.org');
    const s = newSubmission('BEN');
    const a = newItem(s.id, 'obstacle', { title: 'First' });
    const bad = newItem(s.id, 'obstacle', { kind: 'not-a-kind' });
    const b = newItem(s.id, 'event', { startDate: '2026-12-01' });
    const first = await laptop.push([
      { ...s, mid: 2 },
      { ...a, mid: 5 },
      { ...bad, mid: 6 },
      { ...b, mid: 9 },
    ]);
    expect(first.results.map((r: any) => r.status)).toEqual(['applied', 'applied', 'rejected', 'applied']);
    expect(first.lastMid).toBe(9);

    const late = newItem(s.id, 'obstacle', { title: 'Never sent before' });
    const again = await laptop.push([
      { ...late, mid: 1 },
      { ...s, mid: 2 },
      { ...late, mid: 3 },
      { ...a, mid: 5 },
      { ...bad, mid: 6 },
      { ...late, mid: 7 },
      { ...b, mid: 9 },
    ]);
    expect(again.results).toEqual([
      passed(1),
      first.results[0],
      passed(3),
      first.results[1],
      first.results[2],
      passed(7),
      first.results[3],
    ]);
    // Nothing was applied twice, and the refused mids wrote nothing.
    const ids = (await laptop.pullAll()).changes.map((c) => c.id);
    expect(ids.sort()).toEqual([s.id, a.id, b.id].sort());
  });

  it('replays answers across pushes in one resend', async () => {
    const laptop = await device(t, 'ben@example.org');
    const s = newSubmission('BEN');
    const items = Array.from({ length: 250 }, (_, i) => newItem(s.id, 'obstacle', { title: `Obstacle ${i}` }));
    const one = await laptop.push([s, ...items.slice(0, 100)].map((m, i) => ({ ...m, mid: i + 1 })));
    const two = await laptop.push(items.slice(100).map((m, i) => ({ ...m, mid: i + 102 })));
    // One resend spanning both pushes (each recorded its answers in its own row).
    const all = [s, ...items].map((m, i) => ({ ...m, mid: i + 1 }));
    const again = await laptop.push(all);
    expect(again.results).toEqual([...one.results, ...two.results]);
    expect(again.lastMid).toBe(251);
  });

  it('still replays answers recorded one row per mid', async () => {
    const laptop = await device(t, 'ben@example.org');
    const s = newSubmission('BEN');
    const first = await laptop.push([{ ...s, mid: 1 }]);
    // As an earlier version of the server left them: one answer per row, for mids 3 and 4 (2 never handled).
    const at = new Date().toISOString();
    const answer3 = { mid: 3, status: 'applied', version: 7 };
    const answer4 = { mid: 4, status: 'rejected', error: { code: 'validation-failed', message: 'Some fields are not valid.' } };
    await t.db
      .insertInto('mutation_results')
      .values([
        { client_id: laptop.clientId, mid: 3, result: JSON.stringify(answer3), created_at: at },
        { client_id: laptop.clientId, mid: 4, result: JSON.stringify(answer4), created_at: at },
      ])
      .execute();
    await t.db.updateTable('sync_clients').set({ last_mid: 4 }).where('client_id', '=', laptop.clientId).execute();

    const late = newItem(s.id, 'obstacle', { title: 'Late' });
    const again = await laptop.push([
      { ...s, mid: 1 },
      { ...late, mid: 2 },
      { ...late, mid: 3 },
      { ...late, mid: 4 },
      { ...late, mid: 5 },
    ]);
    expect(again.results.slice(0, 4)).toEqual([first.results[0], passed(2), answer3, answer4]);
    expect(again.results[4]).toMatchObject({ mid: 5, status: 'applied', version: 1 });
    expect(again.lastMid).toBe(5);
  });
});
