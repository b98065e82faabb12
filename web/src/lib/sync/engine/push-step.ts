/**
 * Push: the outbox, oldest first, in batches. Entries are marked `sending` before the request so a
 * local edit made meanwhile starts a new entry instead of folding into one already on the wire.
 *
 * A request that fails leaves its entries `sending`, NOT `pending` (a deliberate departure from the
 * first wording of docs/web-data-contract.md): a failed request may still have reached the server,
 * which then answers that mid from its record without applying it again. An edit folded into such an
 * entry would be silently lost (found by sync.property.test.ts). `sending` therefore means "may be on
 * the server"; the next cycle resends it unchanged, which is safe.
 */
import { PROTOCOL_VERSION, PUSH_BATCH_MUTATIONS, pushBatchLength, type Mutation, type MutationResult } from '@clearinghouse/shared';
import { ApiError } from '$lib/api/errors.ts';
import type { ClearinghouseDb } from '$lib/db/database.ts';
import type { LocalItem, OutboxEntry } from '$lib/db/rows.ts';
import type { Transport } from '../transport.ts';

/** A bound on one cycle's requests, whatever happens (each batch is at most PUSH_BATCH_MUTATIONS entries). */
const MAX_BATCHES_PER_CYCLE = 50;

export interface PushSummary {
  sent: number;
  rejected: number;
  conflicts: number;
}

/**
 * Pushes what the outbox held when the push began (and the entries the server asked to be sent again
 * under a new mid). Entries queued meanwhile wait for the next cycle, which the sync manager starts once
 * the edits pause: a person typing during a push would otherwise keep the cycle pushing a new entry
 * (their whole long text) after every answer, for as long as the typing goes on.
 */
export async function pushOutbox(db: ClearinghouseDb, transport: Transport, clientId: string): Promise<PushSummary> {
  const summary: PushSummary = { sent: 0, rejected: 0, conflicts: 0 };
  const tried = new Set<number>(); // an entry the server left unanswered waits for the next cycle
  const scope: PushScope = { upTo: null, resent: new Set() };
  for (let batch = 0; batch < MAX_BATCHES_PER_CYCLE; batch++) {
    const { entries, texts } = await takeBatch(db, tried, scope);
    if (entries.length === 0) break;
    let response;
    try {
      // The body as JSON.stringify would write it, from the texts that measured the batch (not written twice).
      const bodyText = `{"clientId":${JSON.stringify(clientId)},"protocol":${PROTOCOL_VERSION},"mutations":[${texts.join(',')}]}`;
      response = await transport.push({ clientId, protocol: PROTOCOL_VERSION, mutations: entries.map(toMutation) }, bodyText);
    } catch (error) {
      // One mutation alone too large for the server can never go: refuse it visibly instead of
      // retrying it for ever and blocking everything queued behind it.
      if (entries.length === 1 && error instanceof ApiError && error.status === 413) {
        await applyResults(db, entries, [
          { mid: entries[0]!.mid!, status: 'rejected', error: { code: error.code, message: error.message } },
        ]);
        summary.rejected++;
        continue;
      }
      throw error; // entries stay `sending`: resent unchanged by the next cycle
    }
    for (const e of entries) tried.add(e.mid!);
    const counts = await applyResults(db, entries, response.results, response.lastMid);
    for (const mid of counts.resent) scope.resent.add(mid);
    summary.sent += entries.length;
    summary.rejected += counts.rejected;
    summary.conflicts += counts.conflicts;
  }
  return summary;
}

/** What one push may send: entries up to the highest mid seen by its first batch, and those resent. */
interface PushScope {
  upTo: number | null;
  resent: Set<number>;
}

/** The next request's entries, and each one's JSON as it will be sent. */
async function takeBatch(
  db: ClearinghouseDb,
  tried: ReadonlySet<number>,
  scope: PushScope,
): Promise<{ entries: OutboxEntry[]; texts: string[] }> {
  return db.transaction('rw', db.outbox, async () => {
    // `sending` first met here was left by a failed request or a closed tab (only the lock holder pushes)
    const unanswered = await db.outbox.where('state').anyOf('pending', 'sending').sortBy('mid');
    scope.upTo ??= unanswered.at(-1)?.mid ?? 0;
    const upTo = scope.upTo;
    const inScope = unanswered.filter((e) => e.mid! <= upTo || scope.resent.has(e.mid!));
    const pending = inScope.filter((e) => !tried.has(e.mid!)).slice(0, PUSH_BATCH_MUTATIONS);
    // At most the protocol's count and 768 KiB of UTF-8 (shared push-batch.ts, which the bench's client uses too).
    const written: string[] = [];
    const entries = pending.slice(0, pushBatchLength(mutationTexts(pending, written)));
    const fresh = entries.filter((e) => e.state === 'pending');
    await db.outbox.bulkUpdate(fresh.map((e) => ({ key: e.mid!, changes: { state: 'sending' as const } })));
    return { entries, texts: written.slice(0, entries.length) };
  });
}

/** Each entry's JSON as it will be sent, written only when the batch reaches it (and kept in `written`). */
function* mutationTexts(entries: OutboxEntry[], written: string[]) {
  for (const entry of entries) {
    const text = JSON.stringify(toMutation(entry));
    written.push(text);
    yield text;
  }
}

export function toMutation(entry: OutboxEntry): Mutation {
  const mutation: Mutation = { mid: entry.mid!, table: entry.table, id: entry.id, op: entry.op, baseVersion: entry.baseVersion };
  if (entry.op === 'upsert') mutation.fields = entry.fields ?? {};
  if (entry.resolves?.length) mutation.resolves = entry.resolves;
  return mutation;
}

/**
 * The contract's rule (plus the renumbering of a `mid-already-passed` answer): applied, merged and conflict leave the outbox (a conflict's losing value lives on
 * in the server's conflict record, shown by the next pull); rejected stays, with its reason, for the user
 * to fix or discard. An entry the server did not answer stays `sending`.
 */
export async function applyResults(db: ClearinghouseDb, entries: OutboxEntry[], results: MutationResult[], lastMid = 0) {
  const byMid = new Map(results.map((r) => [r.mid, r]));
  let rejected = 0;
  let conflicts = 0;
  /** The new mids of the changes sent again (`mid-already-passed`). */
  const resent: number[] = [];
  await db.transaction('rw', [db.outbox, db.bases, db.items, db.submissions], async () => {
    /** Records whose change the server merged or kept in conflict: their version is the server's, not ours. */
    const notTakenAsSent = new Map<string, { table: OutboxEntry['table']; id: string; version: number | undefined }>();
    for (const entry of entries) {
      const result = byMid.get(entry.mid!);
      if (!result) {
        continue; // unanswered: stays `sending`, resent next time
      } else if (result.status === 'rejected' && result.error?.code === 'mid-already-passed') {
        // Never applied: the server has handled higher mids of this device. The same change goes
        // again under a mid above everything the server and this outbox hold.
        const highest = Math.max(lastMid, ((await db.outbox.orderBy('mid').last())?.mid ?? 0) as number);
        await db.outbox.delete(entry.mid!);
        resent.push((await db.outbox.add({ ...entry, mid: highest + 1, state: 'pending' })) as number);
      } else if (result.status === 'rejected') {
        rejected++;
        const error = result.error ?? { code: 'rejected', message: 'The server refused this change.' };
        const details = 'details' in error && error.details?.length ? { details: error.details } : {};
        await db.outbox.update(entry.mid!, { state: 'rejected', error: { code: error.code, message: error.message, ...details } });
      } else {
        if (result.status === 'conflict') conflicts++;
        await db.outbox.delete(entry.mid!);
        if (result.status === 'merged' || result.status === 'conflict')
          notTakenAsSent.set(`${entry.table}:${entry.id}`, { table: entry.table, id: entry.id, version: result.version });
        else notTakenAsSent.delete(`${entry.table}:${entry.id}`);
      }
    }
    for (const record of notTakenAsSent.values()) await showServerVersion(db, record.table, record.id, record.version);
  });
  return { rejected, conflicts, resent };
}

/**
 * After a merge or a conflict the server holds a version this device did not send. When nothing of the
 * record is left to send and this device already holds that version or a later one (pulled while the
 * change was still unsent, so the unsent fields stayed on top of it), no later pull will bring it
 * again: the record shows it now. Otherwise the local copy could keep, for
 * good, a value the server did not take (found by the sync property test: a change taken back between
 * a push and its pull, while another device had written the same field).
 */
async function showServerVersion(db: ClearinghouseDb, table: OutboxEntry['table'], id: string, version: number | undefined) {
  if (version === undefined) return;
  if ((await db.outbox.where('[table+id]').equals([table, id]).count()) > 0) return;
  const base = await db.bases.get([table, id]);
  if (!base || base.version < version) return; // the server's version comes with the next pull
  const rows = table === 'items' ? db.items : db.submissions;
  if (base.deleted || !base.record) await rows.delete(id);
  // A base holds the server's record of either table as plain JSON; Dexie's two tables differ only in type.
  else await (rows as typeof db.items).put(base.record as LocalItem);
}
