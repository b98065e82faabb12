/**
 * Three devices of one focal point edit offline against the real server code (in-memory SQLite), with
 * pushes lost, answered-then-lost, duplicated and delivered late, and the server restarted between steps.
 * After everyone syncs: all devices hold identical data, equal to what a fresh device pulls; no
 * acknowledged edit of a field only one device wrote is lost; conflicts exist only where two devices
 * wrote the same field; no record is duplicated or invented. And at every step, each device shows its
 * own latest write of every field no other device wrote (a person never sees their edit undone).
 *
 * Syncs also carry edits made while the sync is between its push and its pull (a device changing, or
 * taking back, a field the server is merging). They found four defects, fixed: the pull keeps unsent
 * fields (apply-changes.ts), a merged record already on the device shows the server's version
 * (push-step.ts), a field an older pending entry carries is folded into it (outbox-write.ts), and the
 * server's merge base holds what the device wrote into merged versions (apply-mutation.ts,
 * merged_client_fields). SYNC_PROPERTY_MIDWAY=0 leaves them out.
 */
import { deepEqual, type Item } from '@clearinghouse/shared';
import { describe, expect, it } from 'vitest';
import type { ClearinghouseDb } from '$lib/db/database.ts';
import { DraftsStore } from '$lib/drafts/drafts-store.ts';
import { runCycle } from '$lib/sync/engine/sync-cycle.ts';
import fc from 'fast-check';
import { faultyTransport, type FaultyTransport, type PushFault } from './faulty-transport.ts';
import { startTestServer } from './harness-transport.ts';
import { testDb } from '$lib/db/test-db.ts';

const RUNS = Number(process.env.SYNC_PROPERTY_RUNS ?? 30);
const DEVICES = 3;
const LINES = ['Article 1 applies.', 'Article 2 applies.', 'Article 3 applies.'];

type Field = 'title' | 'citation' | 'status' | 'description' | 'articlesCovered';
/** An edit made mid-sync: a new value, or the device's last edit taken back (a box ticked off again). */
type Midway = { pick: number; field: Field; value: number } | 'undo-last';
type Op =
  | { kind: 'create'; device: number }
  | { kind: 'edit'; device: number; pick: number; field: Field; value: number }
  | { kind: 'delete'; device: number; pick: number }
  | { kind: 'sync'; device: number; fault: PushFault; midway?: Midway }
  | { kind: 'deliver-late' }
  | { kind: 'restart' };

const device = fc.integer({ min: 0, max: DEVICES - 1 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('create' as const), device }) },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      device,
      pick: fc.nat(20),
      field: fc.constantFrom<Field>('title', 'citation', 'status', 'description', 'articlesCovered'),
      value: fc.nat(5),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), device, pick: fc.nat(20) }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('sync' as const),
      device,
      fault: fc.constantFrom<PushFault>('none', 'none', 'lose-request', 'lose-answer', 'duplicate', 'late'),
    }),
  },
  {
    // an edit made between the cycle's push and its pull (the pull then brings back this device's own push)
    weight: process.env.SYNC_PROPERTY_MIDWAY === '0' ? 0 : 3,
    arbitrary: fc.record({
      kind: fc.constant('sync' as const),
      device,
      fault: fc.constant<PushFault>('none'),
      midway: fc.oneof(
        fc.constant('undo-last' as const),
        fc.record({
          pick: fc.nat(20),
          field: fc.constantFrom<Field>('title', 'citation', 'status', 'description', 'articlesCovered'),
          value: fc.nat(5),
        }),
      ),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'deliver-late' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'restart' as const }) },
);

/** The new value of `field` on a device, from its current one (text edits change one line). */
function valueFor(field: Field, n: number, current: Record<string, unknown>, device: number): unknown {
  switch (field) {
    case 'title':
      return `Title ${n}`;
    case 'citation':
      return `Act ${n}/${device}`;
    case 'status':
      return (['draft', 'before_parliament', 'adopted', 'in_force'] as const)[n % 4];
    case 'description': {
      const lines = typeof current.description === 'string' ? current.description.split('\n') : [...LINES];
      lines[n % lines.length] = `Line ${n % lines.length} by device ${device} (${n})`;
      return lines.join('\n');
    }
    case 'articlesCovered': {
      const list = Array.isArray(current.articlesCovered) ? (current.articlesCovered as string[]) : [];
      const article = ['7', '8', '8bis', '25', '86', '93'][n]!;
      return list.includes(article) ? list.filter((a) => a !== article) : [...list, article];
    }
  }
}

const snapshot = async (db: ClearinghouseDb) => ({
  submissions: (await db.submissions.orderBy('id').toArray()).map(({ updatedAt: _local, ...s }) => s),
  items: await db.items.orderBy('id').toArray(),
  conflicts: (await db.conflicts.orderBy('id').toArray()).map((c) => c.id),
});

describe('sync between three offline devices and the real server', () => {
  it('converges with nothing lost, duplicated or invented', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 5, maxLength: 30 }), async (ops) => {
        const server = await startTestServer();
        const user = await server.ctx.createUser('ben@example.org', 'focal_point', 'BEN');
        const cookie = await server.ctx.signIn('ben@example.org');
        const owner = { id: user.id, entityId: 'BEN' };
        const devices = Array.from({ length: DEVICES }, () => {
          const db = testDb();
          return { db, store: new DraftsStore(db), net: faultyTransport(server.transportAs(cookie)) as FaultyTransport };
        });
        const sync = (d: (typeof devices)[number]) => runCycle(d.db, d.net, owner);

        for (const d of devices) await d.store.claim(owner);
        const submission = await devices[0]!.store.createSubmission({ entityId: 'BEN', title: 'Report 2026' });
        await sync(devices[0]!);
        for (const d of devices.slice(1)) await sync(d);

        // history, for the checks: who wrote which field of which record, and their last value
        const writers = new Map<string, Set<number>>();
        const lastValue = new Map<string, unknown>();
        const created = new Set<string>();
        const deleteTried = new Set<string>();
        const wrote = (id: string, field: string, who: number, value: unknown) => {
          const key = `${id}:${field}`;
          writers.set(key, (writers.get(key) ?? new Set()).add(who));
          lastValue.set(key, value);
        };
        const lastEdit = new Map<number, { id: string; field: Field; before: unknown }>();
        const edit = async (who: number, change: Midway) => {
          const d = devices[who]!;
          if (change === 'undo-last') {
            const last = lastEdit.get(who);
            if (!last || !(await d.db.items.get(last.id))) return;
            lastEdit.delete(who);
            await d.store.updateItem(last.id, { [last.field]: last.before });
            return wrote(last.id, last.field, who, last.before);
          }
          const local = await d.db.items.where('submissionId').equals(submission.id).sortBy('id');
          if (!local.length) return;
          const item = local[change.pick % local.length]!;
          const before = (item as unknown as Record<string, unknown>)[change.field] ?? null;
          const value = valueFor(change.field, change.value, item as Record<string, unknown>, who);
          await d.store.updateItem(item.id, { [change.field]: value });
          lastEdit.set(who, { id: item.id, field: change.field, before });
          wrote(item.id, change.field, who, value);
        };
        /** A field only one device ever wrote shows that device's last value there, whatever sync did meanwhile. */
        const expectOwnWritesShown = async () => {
          for (const [key, who] of writers) {
            if (who.size !== 1) continue;
            const [id, field] = key.split(':') as [string, string];
            const item = await devices[[...who][0]!]!.db.items.get(id);
            if (!item) continue;
            const shown = (item as unknown as Record<string, unknown>)[field] ?? null;
            expect(deepEqual(shown, lastValue.get(key) ?? null), `${field} on the device that wrote it`).toBe(true);
          }
        };

        for (const op of ops) {
          if (op.kind === 'restart') server.restart();
          else if (op.kind === 'deliver-late') for (const d of devices) await d.net.deliverLate();
          else {
            const d = devices[op.device]!;
            const local = await d.db.items.where('submissionId').equals(submission.id).sortBy('id');
            if (op.kind === 'create') {
              const item = await d.store.createItem(submission.id, 'legislation');
              created.add(item.id);
              wrote(item.id, 'title', op.device, null);
            } else if (op.kind === 'edit' && local.length) {
              await edit(op.device, op);
            } else if (op.kind === 'delete' && local.length) {
              const item = local[op.pick % local.length]!;
              await d.store.deleteItem(item.id);
              deleteTried.add(item.id);
            } else if (op.kind === 'sync') {
              d.net.fault = op.fault;
              const midway = op.midway;
              if (midway) d.net.beforeNextPull = () => edit(op.device, midway);
              await sync(d).catch((error: unknown) => {
                if (!(error instanceof Error && error.name === 'NetworkError')) throw error;
              });
              d.net.fault = 'none'; // a fault the cycle did not meet (nothing to push) ends with it
              d.net.beforeNextPull = null;
            }
          }
          await expectOwnWritesShown();
        }

        // everyone back on a good network; late pushes finally arrive
        for (const d of devices) await d.net.deliverLate();
        for (let round = 0; round < 2; round++) for (const d of devices) await sync(d);

        const fresh = testDb();
        await runCycle(fresh, server.transportAs(cookie), owner);
        const truth = await snapshot(fresh);
        const openConflicts = await fresh.conflicts.toArray();
        for (const d of devices) {
          expect(await d.db.outbox.toArray(), 'every change was answered and accepted').toEqual([]);
          // A device does not list the conflicts whose kept version it wrote itself: it has nothing to settle.
          const me = (await d.db.meta.get('clientId'))?.value;
          const toSettle = openConflicts
            .filter((c) => c.serverClientId !== me)
            .map((c) => c.id)
            .sort();
          expect(await snapshot(d.db)).toEqual({ ...truth, conflicts: toSettle });
        }

        const items = new Map(truth.items.map((i) => [i.id, i as Item & Record<string, unknown>]));
        expect(items.size, 'no record duplicated').toBe(truth.items.length);
        for (const id of items.keys()) expect(created.has(id), 'no record invented').toBe(true);
        for (const id of created) if (!deleteTried.has(id)) expect(items.has(id), 'a record nobody deleted is kept').toBe(true);

        for (const [key, who] of writers) {
          const [id, field] = key.split(':') as [string, string];
          if (who.size !== 1 || deleteTried.has(id) || !items.has(id)) continue;
          expect(deepEqual(items.get(id)![field] ?? null, lastValue.get(key) ?? null), `${field} written by one device only is kept`).toBe(
            true,
          );
        }
        for (const conflict of await fresh.conflicts.toArray()) {
          if (conflict.field === null) continue;
          expect(
            writers.get(`${conflict.recordId}:${conflict.field}`)?.size ?? 0,
            'a conflict only where two devices wrote',
          ).toBeGreaterThan(1);
        }
      }),
      {
        numRuns: RUNS,
        ...(process.env.SYNC_PROPERTY_SEED ? { seed: Number(process.env.SYNC_PROPERTY_SEED), path: process.env.SYNC_PROPERTY_PATH } : {}),
      },
    );
  }, 600_000);
});
