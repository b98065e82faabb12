/**
 * Push: the outbox, oldest first, in batches. Entries are marked `sending` before the request so a
 * local edit made meanwhile starts a new entry instead of folding into one already on the wire; a
 * request that fails puts them back to `pending` (a resent push is safe: the server replays recorded
 * answers by mid).
 */
import { PROTOCOL_VERSION, type Mutation, type MutationResult } from '@clearinghouse/shared';
import { ApiError } from '$lib/api/errors.ts';
import type { ClearinghouseDb } from '$lib/db/database.ts';
import type { OutboxEntry } from '$lib/db/rows.ts';
import type { Transport } from './transport.ts';

/** Well under the protocol's MAX_MUTATIONS_PER_PUSH, so one slow request never carries too much. */
export const PUSH_BATCH = 200;
/**
 * The server refuses JSON bodies over 1 MiB (413); long narratives make big mutations, so a batch also
 * stops at this many bytes of JSON (always at least one entry).
 */
export const PUSH_BATCH_BYTES = 768 * 1024;
/** A user typing during a sync adds entries; this bounds one cycle's pushing. */
const MAX_BATCHES_PER_CYCLE = 50;

export interface PushSummary {
  sent: number;
  rejected: number;
  conflicts: number;
}

export async function pushOutbox(db: ClearinghouseDb, transport: Transport, clientId: string): Promise<PushSummary> {
  const summary: PushSummary = { sent: 0, rejected: 0, conflicts: 0 };
  for (let batch = 0; batch < MAX_BATCHES_PER_CYCLE; batch++) {
    const entries = await takeBatch(db);
    if (entries.length === 0) break;
    let response;
    try {
      response = await transport.push({ clientId, protocol: PROTOCOL_VERSION, mutations: entries.map(toMutation) });
    } catch (error) {
      // One mutation alone too large for the server can never go: refuse it visibly instead of
      // retrying it for ever and blocking everything queued behind it.
      if (entries.length === 1 && error instanceof ApiError && error.status === 413) {
        await applyResults(db, entries, [{ mid: entries[0]!.mid!, status: 'rejected', error: { code: error.code, message: error.message } }]);
        summary.rejected++;
        continue;
      }
      await putBack(db, entries);
      throw error;
    }
    const counts = await applyResults(db, entries, response.results);
    summary.sent += entries.length;
    summary.rejected += counts.rejected;
    summary.conflicts += counts.conflicts;
  }
  return summary;
}

/** Entries a crashed or closed tab left `sending`: only the lock holder calls this, so none is in flight. */
export async function resetSending(db: ClearinghouseDb): Promise<void> {
  await db.outbox.where('state').equals('sending').modify({ state: 'pending' });
}

async function takeBatch(db: ClearinghouseDb): Promise<OutboxEntry[]> {
  return db.transaction('rw', db.outbox, async () => {
    const pending = (await db.outbox.where('state').equals('pending').sortBy('mid')).slice(0, PUSH_BATCH);
    const entries: OutboxEntry[] = [];
    let bytes = 0;
    for (const entry of pending) {
      bytes += JSON.stringify(toMutation(entry)).length * 1.1; // UTF-16 length approximates UTF-8 bytes for Latin text
      if (entries.length > 0 && bytes > PUSH_BATCH_BYTES) break;
      entries.push(entry);
    }
    await db.outbox.bulkUpdate(entries.map((e) => ({ key: e.mid!, changes: { state: 'sending' as const } })));
    return entries;
  });
}

async function putBack(db: ClearinghouseDb, entries: OutboxEntry[]): Promise<void> {
  await db.transaction('rw', db.outbox, async () => {
    for (const e of entries) await db.outbox.where('mid').equals(e.mid!).and((row) => row.state === 'sending').modify({ state: 'pending' });
  });
}

export function toMutation(entry: OutboxEntry): Mutation {
  const mutation: Mutation = { mid: entry.mid!, table: entry.table, id: entry.id, op: entry.op, baseVersion: entry.baseVersion };
  if (entry.op === 'upsert') mutation.fields = entry.fields ?? {};
  if (entry.resolves?.length) mutation.resolves = entry.resolves;
  return mutation;
}

/**
 * The contract's rule: applied, merged and conflict leave the outbox (a conflict's losing value lives on
 * in the server's conflict record, shown by the next pull); rejected stays, with its reason, for the user
 * to fix or discard. An entry the server did not answer goes back to pending.
 */
export async function applyResults(db: ClearinghouseDb, entries: OutboxEntry[], results: MutationResult[]) {
  const byMid = new Map(results.map((r) => [r.mid, r]));
  let rejected = 0;
  let conflicts = 0;
  await db.transaction('rw', db.outbox, async () => {
    for (const entry of entries) {
      const result = byMid.get(entry.mid!);
      if (!result) {
        await db.outbox.update(entry.mid!, { state: 'pending' });
      } else if (result.status === 'rejected') {
        rejected++;
        const error = result.error ?? { code: 'rejected', message: 'The server refused this change.' };
        await db.outbox.update(entry.mid!, { state: 'rejected', error: { code: error.code, message: error.message } });
      } else {
        if (result.status === 'conflict') conflicts++;
        await db.outbox.delete(entry.mid!);
      }
    }
  });
  return { rejected, conflicts };
}
