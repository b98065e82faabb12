import type { MutationResult, PushRequest, PushResponse } from '@clearinghouse/shared';
import type { Db } from '../../db/connection.ts';
import { conflictsRepo } from '../../db/repositories/conflicts.ts';
import { recordsRepo } from '../../db/repositories/records.ts';
import { syncBookkeepingRepo } from '../../db/repositories/sync-bookkeeping.ts';
import type { SessionUser } from '../../http/env.ts';
import { HttpError } from '../../http/http-error.ts';
import type { Keyring } from '../keyring.ts';
import { applyMutation } from './apply-mutation.ts';

/**
 * POST /api/sync/push. Mutations are applied in mid order, each in its own transaction together with
 * the client's "last handled mid" and the recorded answer: a crash between two mutations loses
 * nothing, and a resent push replays the recorded answers instead of applying anything twice.
 */
export function syncPushService(db: Db, keyring: Keyring, now: () => Date) {
  return {
    async push(user: SessionUser, request: PushRequest): Promise<PushResponse> {
      const owner = await syncBookkeepingRepo(db).client(request.clientId);
      if (owner && owner.userId !== user.id) {
        throw new HttpError(409, 'conflict', 'This device id belongs to another account. Sign out and in again to get a new one.');
      }
      const results: MutationResult[] = [];
      let lastMid = owner?.lastMid ?? 0;
      for (const mutation of request.mutations) {
        const result = await db.transaction().execute(async (trx) => {
          const book = syncBookkeepingRepo(trx);
          const state = await book.client(request.clientId);
          if (state && mutation.mid <= state.lastMid) {
            return (await book.recordedResult(request.clientId, mutation.mid)) ?? { mid: mutation.mid, status: 'applied' as const };
          }
          const at = now().toISOString();
          const answer = await applyMutation(
            { records: recordsRepo(trx, keyring), conflicts: conflictsRepo(trx, keyring), user, clientId: request.clientId, at },
            mutation,
          );
          await book.saveResult(request.clientId, user.id, answer, at);
          return answer;
        });
        results.push(result);
        lastMid = Math.max(lastMid, mutation.mid);
      }
      return { results, lastMid };
    },
  };
}
