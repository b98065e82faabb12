import { PUSH_BATCH_MUTATIONS, uuidv7 } from '@clearinghouse/shared';
import { describe, expect, it } from 'vitest';
import { ApiError, NetworkError } from '$lib/api/errors.ts';
import type { ClearinghouseDb } from '$lib/db/database.ts';
import { recordChange } from '$lib/db/outbox-write.ts';
import { pushOutbox } from './push-step.ts';
import { fakeTransport } from '../testing/fake-transport.ts';
import { NOW, testDb } from '$lib/db/test-db.ts';

const CLIENT = uuidv7();
/** The body's size as the server counts it (its limit is on bytes, not characters). */
const bodyBytes = (body: unknown) => new TextEncoder().encode(JSON.stringify(body)).length;

async function queue(db: ClearinghouseDb, fields: Record<string, unknown>, id = uuidv7()) {
  return db.transaction('rw', [db.outbox, db.bases], () => recordChange(db, { table: 'items', id, op: 'upsert', fields }, NOW));
}

describe('pushOutbox', () => {
  it('shows the server’s version of a record whose last unsent change it merged, when that version is already here', async () => {
    const db = testDb();
    const id = uuidv7();
    const submissionId = uuidv7();
    const server = { id, submissionId, category: 'legislation', title: 'Theirs', position: 'a0' };
    // Pulled while this device's change was still unsent: the base is the server's version 2, and the
    // local record keeps the unsent title on top of it.
    await db.bases.put({ table: 'items', id, version: 2, deleted: false, record: server });
    await db.items.put({ ...server, title: null } as never);
    await queue(db, { title: null }, id);
    const { transport } = fakeTransport(async (body) => [{ mid: body.mutations[0]!.mid, status: 'merged', version: 2 }]);
    await pushOutbox(db, transport, CLIENT);
    // The server kept its title; no later pull brings version 2 again, so the record shows it now.
    expect(await db.items.get(id)).toMatchObject({ title: 'Theirs' });

    // A version not yet here comes with the next pull: until then the record keeps what was sent.
    await db.items.put({ ...server, title: 'Mine' } as never);
    await queue(db, { title: 'Mine' }, id);
    const later = fakeTransport(async (body) => [{ mid: body.mutations[0]!.mid, status: 'merged', version: 3 }]);
    await pushOutbox(db, later.transport, CLIENT);
    expect(await db.items.get(id)).toMatchObject({ title: 'Mine' });
  });

  it('sends in mid order, marked sending on the wire, and handles each answer as the contract says', async () => {
    const db = testDb();
    const mids = [
      await queue(db, { title: 'a' }),
      await queue(db, { title: 'b' }),
      await queue(db, { title: 'c' }),
      await queue(db, { title: 'd' }),
    ];
    const { transport, pushes } = fakeTransport(async (body) => {
      expect(await db.outbox.where('state').equals('sending').count()).toBe(4);
      const [a, b, c, d] = body.mutations.map((m) => m.mid);
      return [
        { mid: a!, status: 'applied', version: 1 },
        { mid: b!, status: 'merged', version: 3 },
        { mid: c!, status: 'conflict', version: 2, conflictId: uuidv7() },
        { mid: d!, status: 'rejected', error: { code: 'submission-locked', message: 'Transmitted.' } },
      ];
    });
    const summary = await pushOutbox(db, transport, CLIENT);
    expect(pushes[0]!.mutations.map((m) => m.mid)).toEqual(mids);
    expect(pushes[0]).toMatchObject({ clientId: CLIENT, protocol: 1 });
    expect(summary).toEqual({ sent: 4, rejected: 1, conflicts: 1 });
    const left = await db.outbox.toArray();
    expect(left).toHaveLength(1);
    expect(left[0]).toMatchObject({ mid: mids[3], state: 'rejected', error: { code: 'submission-locked' } });
  });

  it('sends again, under a mid above the server’s last, a change the server says came with a passed mid', async () => {
    const db = testDb();
    const id = uuidv7();
    const first = await queue(db, { title: 'written offline' }, id);
    const { transport, pushes } = fakeTransport((body) =>
      body.mutations.map((m) =>
        m.mid === first
          ? { mid: m.mid, status: 'rejected' as const, error: { code: 'mid-already-passed', message: 'Passed.' } }
          : { mid: m.mid, status: 'applied' as const, version: 1 },
      ),
    );
    const push = transport.push;
    transport.push = async (body) => ({ ...(await push(body)), lastMid: 40 });
    const summary = await pushOutbox(db, transport, CLIENT);
    expect(pushes.map((p) => p.mutations.map((m) => m.mid))).toEqual([[first], [41]]);
    expect(pushes[1]!.mutations[0]).toMatchObject({ id, fields: { title: 'written offline' } });
    expect(summary.rejected).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('after a failed request, a later edit never folds into an entry the server may already hold', async () => {
    const db = testDb();
    const id = uuidv7();
    const first = await queue(db, { title: 'a' }, id);
    const { transport } = fakeTransport(() => {
      throw new NetworkError('offline');
    });
    await expect(pushOutbox(db, transport, CLIENT)).rejects.toBeInstanceOf(NetworkError);
    expect((await db.outbox.get(first))!.state).toBe('sending');
    const second = await queue(db, { title: 'b' }, id);
    expect(second).not.toBe(first);
    expect((await db.outbox.get(first))!.fields).toEqual({ title: 'a' });
  });

  it('leaves for the next cycle what is queued while it pushes (a person typing), and sends all it began with', async () => {
    const db = testDb();
    const id = uuidv7();
    const begun = [await queue(db, { title: 'a' }), await queue(db, { title: 'b' })];
    let typed: number | undefined;
    const { transport, pushes } = fakeTransport(async (body) => {
      // A key typed while the request is out: its record's entry is `sending`, so a new entry starts.
      typed ??= await queue(db, { description: 'typed meanwhile' }, id);
      return body.mutations.map((m) => ({ mid: m.mid, status: 'applied' as const, version: 1 }));
    });
    await pushOutbox(db, transport, CLIENT);
    expect(pushes.map((p) => p.mutations.map((m) => m.mid))).toEqual([begun]);
    expect(await db.outbox.toArray()).toEqual([expect.objectContaining({ mid: typed, state: 'pending' })]);
    // The next cycle takes it.
    await pushOutbox(db, transport, CLIENT);
    expect(pushes.at(-1)!.mutations.map((m) => m.mid)).toEqual([typed]);
  });

  it('resends entries left sending, unchanged, before newer ones', async () => {
    const db = testDb();
    const a = await queue(db, { title: 'a' });
    await db.outbox.update(a, { state: 'sending' });
    const b = await queue(db, { title: 'b' });
    const { transport, pushes } = fakeTransport((body) =>
      body.mutations.map((m) => ({ mid: m.mid, status: 'applied' as const, version: 1 })),
    );
    await pushOutbox(db, transport, CLIENT);
    expect(pushes[0]!.mutations.map((m) => m.mid)).toEqual([a, b]);
    expect(await db.outbox.count()).toBe(0);
  });

  it('sends as many mutations per request as the protocol allows, and fewer when they are large', async () => {
    const db = testDb();
    for (let i = 0; i < PUSH_BATCH_MUTATIONS + 5; i++) await queue(db, { title: `t${i}` });
    const big = 'x'.repeat(300_000);
    for (let i = 0; i < 4; i++) await queue(db, { description: big });
    const { transport, pushes } = fakeTransport((body) =>
      body.mutations.map((m) => ({ mid: m.mid, status: 'applied' as const, version: 1 })),
    );
    await pushOutbox(db, transport, CLIENT);
    expect(pushes.map((p) => p.mutations.length)).toEqual([PUSH_BATCH_MUTATIONS, 7, 2]);
    for (const p of pushes) expect(bodyBytes(p)).toBeLessThan(1024 * 1024);
    expect(await db.outbox.count()).toBe(0);
  });

  it('keeps each request under the server’s limit in bytes when the text is not Latin', async () => {
    const db = testDb();
    // 3,000 Chinese characters are 9,000 bytes of UTF-8: counted in characters, 200 of them looked like
    // 660 KB and went as one 1.8 MB request, which the server refused (413) at every cycle.
    const text = '締約国は、裁判所の管轄権の範囲内にある犯罪の捜査及び訴追において協力する。'.repeat(80).slice(0, 3000);
    for (let i = 0; i < 200; i++) await queue(db, { description: text });
    const { transport, pushes } = fakeTransport((body) => {
      if (bodyBytes(body) > 1024 * 1024) throw new ApiError(413, 'payload-too-large', 'Too large.');
      return body.mutations.map((m) => ({ mid: m.mid, status: 'applied' as const, version: 1 }));
    });
    const summary = await pushOutbox(db, transport, CLIENT);
    expect(summary).toMatchObject({ sent: 200, rejected: 0 });
    expect(pushes.length).toBeGreaterThan(2);
    expect(await db.outbox.count()).toBe(0);
  });

  it('refuses, visibly, one mutation too large for the server, and goes on with the rest', async () => {
    const db = testDb();
    const huge = await queue(db, { description: 'x'.repeat(1_100_000) });
    await queue(db, { title: 'small' });
    const { transport } = fakeTransport((body) => {
      if (bodyBytes(body) > 1024 * 1024) throw new ApiError(413, 'payload-too-large', 'Too large.');
      return body.mutations.map((m) => ({ mid: m.mid, status: 'applied' as const, version: 1 }));
    });
    const summary = await pushOutbox(db, transport, CLIENT);
    expect(summary.rejected).toBe(1);
    expect(await db.outbox.toArray()).toEqual([
      expect.objectContaining({ mid: huge, state: 'rejected', error: expect.objectContaining({ code: 'payload-too-large' }) }),
    ]);
  });
});
