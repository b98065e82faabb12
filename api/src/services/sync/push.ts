import type { MutationResult, PushRequest, PushResponse } from '@clearinghouse/shared';
import type { Db } from '../../db/connection.ts';
import { conflictsRepo } from '../../db/repositories/conflicts.ts';
import { recordsRepo } from '../../db/repositories/records.ts';
import { syncBookkeepingRepo } from '../../db/repositories/sync-bookkeeping.ts';
import type { SessionUser } from '../../http/env.ts';
import { HttpError } from '../../http/http-error.ts';
import { blobAccess } from '../blob-access.ts';
import type { Keyring } from '../keyring.ts';
import { applyMutation } from './apply-mutation.ts';

/** Bounds how long one push holds the database's write lock. */
const MUTATIONS_PER_TRANSACTION = 50;
/**
 * A push gives the event loop back at least this often (each merge is itself bounded by the text merge
 * budget), so fifty merges in one push cannot add up to a frozen server.
 */
const YIELD_EVERY_MS = 20;
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * POST /api/sync/push. Mutations are applied in mid order, in transactions that also store the client's
 * "last handled mid" and each recorded answer: a crash loses at most an uncommitted batch, which the
 * client resends, and a resent push replays the recorded answers instead of applying anything twice.
 */
export function syncPushService(db: Db, keyring: Keyring, now: () => Date) {
  return {
    async push(user: SessionUser, request: PushRequest): Promise<PushResponse> {
      const owner = await syncBookkeepingRepo(db).client(request.clientId);
      if (owner && owner.userId !== user.id) {
        throw new HttpError(409, 'conflict', 'This device id belongs to another account. Sign out and in again to get a new one.');
      }
      const results: MutationResult[] = [];
      let sliceStart = performance.now();
      let lastMid = owner?.lastMid ?? 0;
      // Mutations are applied in order, a batch per transaction: the effects and the "last handled mid"
      // commit together, and one fsync serves the batch instead of one per mutation.
      for (let start = 0; start < request.mutations.length; start += MUTATIONS_PER_TRANSACTION) {
        const batch = request.mutations.slice(start, start + MUTATIONS_PER_TRANSACTION);
        const answers = await db.transaction().execute(async (trx) => {
          const book = syncBookkeepingRepo(trx);
          const out: MutationResult[] = [];
          for (const mutation of batch) {
            const state = await book.client(request.clientId);
            if (state && mutation.mid <= state.lastMid) {
              // A mid with no recorded answer was never handled: saying "applied" would make the client
              // drop a change the server never stored.
              out.push(
                (await book.recordedResult(request.clientId, mutation.mid)) ?? {
                  mid: mutation.mid,
                  status: 'rejected' as const,
                  error: {
                    code: 'mid-already-passed',
                    message: 'This change arrived with a sequence number the server has already passed; it must be sent again.',
                  },
                },
              );
              continue;
            }
            const at = now().toISOString();
            const answer = await applyMutation(
              {
                records: recordsRepo(trx, keyring),
                conflicts: conflictsRepo(trx, keyring),
                user,
                clientId: request.clientId,
                at,
                mayUseAttachment: (sha256) => blobAccess(trx, keyring).mayRead(user, sha256),
              },
              mutation,
            );
            await book.saveResult(request.clientId, user.id, answer, at);
            out.push(answer);
            if (performance.now() - sliceStart > YIELD_EVERY_MS) {
              await yieldToEventLoop();
              sliceStart = performance.now();
            }
          }
          return out;
        });
        results.push(...answers);
        lastMid = Math.max(lastMid, ...batch.map((m) => m.mid));
      }
      return { results, lastMid };
    },
  };
}
