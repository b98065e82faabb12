import { MAX_MUTATIONS_PER_PUSH, type MutationResult, type PushRequest, type PushResponse, type SyncTable } from '@clearinghouse/shared';
import type { Db } from '../../db/connection.ts';
import { conflictsRepo } from '../../db/repositories/conflicts.ts';
import { mergedClientFieldsRepo } from '../../db/repositories/merged-client-fields.ts';
import { recordsRepo } from '../../db/repositories/records.ts';
import { syncBookkeepingRepo } from '../../db/repositories/sync-bookkeeping.ts';
import { sharedCommitDb } from '../../db/shared-commit.ts';
import type { SessionUser } from '../../http/env.ts';
import { HttpError } from '../../http/http-error.ts';
import { blobAccess } from '../blob-access.ts';
import type { Keyring } from '../keyring.ts';
import { applyMutation } from './apply-mutation.ts';
import { batchRecords } from './batch-records.ts';

/**
 * How long one push holds the database's write lock: a transaction commits early once it has held the
 * lock this long (merges of long texts are the slow ones). Otherwise a push is one transaction and one
 * fsync, whatever its count of mutations (at most the protocol's 500; the app sends up to 500 and
 * 768 KiB per push: shared sync/push-batch.ts).
 */
const TRANSACTION_BUDGET_MS = 100;
/**
 * A push gives the event loop back at least this often (each merge is itself bounded by the text merge
 * budget), so fifty merges in one push cannot add up to a frozen server.
 */
const YIELD_EVERY_MS = 20;
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

const alreadyPassed = (mid: number): MutationResult => ({
  mid,
  status: 'rejected',
  error: {
    code: 'mid-already-passed',
    message: 'This change arrived with a sequence number the server has already passed; it must be sent again.',
  },
});

/**
 * POST /api/sync/push. Mutations are applied in mid order, in transactions that also store the client's
 * "last handled mid" and each recorded answer: a crash loses at most an uncommitted batch, which the
 * client resends, and a resent push replays the recorded answers instead of applying anything twice.
 */
export function syncPushService(
  db: Db,
  keyring: Keyring,
  now: () => Date,
  /** At most this many mutations per transaction: below the protocol's maximum only in tests, to span several. */
  { mutationsPerTransaction = MAX_MUTATIONS_PER_PUSH } = {},
) {
  // Each mutation is stamped with the time it is applied; within one millisecond the text is the same,
  // so it is written once (toISOString for each of a push's mutations showed in its profile).
  let stampedMs = Number.NaN;
  let stamp = '';
  const timestamp = () => {
    const time = now();
    if (time.getTime() !== stampedMs) {
      stampedMs = time.getTime();
      stamp = time.toISOString();
    }
    return stamp;
  };
  return {
    async push(user: SessionUser, request: PushRequest): Promise<PushResponse> {
      const owner = await syncBookkeepingRepo(db).client(request.clientId);
      if (owner && owner.userId !== user.id) {
        throw new HttpError(409, 'conflict', 'This device id belongs to another account. Sign out and in again to get a new one.');
      }
      const results: MutationResult[] = [];
      // Counted from the request's arrival: a push that waited for the writer gives the event loop back
      // after its first mutation, so under load the pushes are spread over turns of the event loop with
      // the pulls in between. Counting from the moment it holds the writer instead ran bursts of pushes
      // in one turn, and pulls waited behind them (docs/performance.md, group commit).
      let sliceStart = performance.now();
      let lastMid = owner?.lastMid ?? 0;
      // Mutations are applied in order, a batch per transaction: the effects and the "last handled mid"
      // commit together, and one fsync serves the batch instead of one per mutation.
      for (let start = 0; start < request.mutations.length;) {
        const batch = request.mutations.slice(start, start + mutationsPerTransaction);
        // Pushes from many devices at once share a commit (and its fsync) on SQLite: see sharedCommitDb.
        const answers = await sharedCommitDb(db)
          .transaction()
          .execute(async (trx) => {
            const began = performance.now();
            const book = syncBookkeepingRepo(trx);
            const records = batchRecords(recordsRepo(trx, keyring));
            const conflicts = conflictsRepo(trx, keyring);
            const mergedClientFields = mergedClientFieldsRepo(trx, keyring);
            const mayUseAttachment = async (sha256: string) => {
              await records.flush();
              return blobAccess(trx, keyring).mayRead(user, sha256);
            };
            await records.prefetch(batch);
            const state = await book.client(request.clientId);
            let handled = state?.lastMid ?? null;
            const saved = new Map<number, { result: MutationResult; at: string }>();
            // The base each record is sent with: what the device wrote into merged versions up to it is forgotten.
            const bases = new Map<string, { table: SyncTable; id: string; version: number }>();
            const out: MutationResult[] = [];
            for (const mutation of batch) {
              if (out.length && performance.now() - began > TRANSACTION_BUDGET_MS) break;
              if (handled !== null && mutation.mid <= handled) {
                // A mid with no recorded answer was never handled: saying "applied" would make the client
                // drop a change the server never stored.
                out.push(
                  saved.get(mutation.mid)?.result ??
                    (await book.recordedResult(request.clientId, mutation.mid)) ??
                    alreadyPassed(mutation.mid),
                );
                continue;
              }
              const at = timestamp();
              const answer = await applyMutation(
                { records: records.access, conflicts, mergedClientFields, user, clientId: request.clientId, at, mayUseAttachment },
                mutation,
              );
              saved.set(mutation.mid, { result: answer, at });
              // A refused change writes nothing (its base may be wrong, too): only what was taken counts.
              if (mutation.baseVersion !== null && answer.status !== 'rejected') {
                const key = `${mutation.table}:${mutation.id}`;
                const version = Math.max(mutation.baseVersion, bases.get(key)?.version ?? 0);
                bases.set(key, { table: mutation.table, id: mutation.id, version });
              }
              handled = mutation.mid;
              out.push(answer);
              if (performance.now() - sliceStart > YIELD_EVERY_MS) {
                await yieldToEventLoop();
                sliceStart = performance.now();
              }
            }
            await records.flush();
            if (bases.size) await mergedClientFields.forgetUpTo(request.clientId, bases);
            await book.saveResults(request.clientId, user.id, [...saved.values()]);
            return out;
          });
        results.push(...answers);
        lastMid = Math.max(lastMid, ...batch.slice(0, answers.length).map((m) => m.mid));
        start += answers.length;
      }
      return { results, lastMid };
    },
  };
}
