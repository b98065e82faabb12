import type { MutationResult } from '@clearinghouse/shared';
import { compiledInsert } from '../compiled-insert.ts';
import type { Db } from '../connection.ts';

const insertResults = compiledInsert('mutation_results', ['client_id', 'mid', 'result', 'created_at']);

/** Per client: the highest mid handled and the recorded answer to each mid (replays get the same). */
export function syncBookkeepingRepo(db: Db) {
  return {
    async client(clientId: string) {
      const row = await db.selectFrom('sync_clients').selectAll().where('client_id', '=', clientId).executeTakeFirst();
      return row ? { userId: row.user_id, lastMid: row.last_mid } : null;
    },
    async recordedResult(clientId: string, mid: number): Promise<MutationResult | null> {
      const row = await db
        .selectFrom('mutation_results')
        .select('result')
        .where('client_id', '=', clientId)
        .where('mid', '=', mid)
        .executeTakeFirst();
      return row ? (JSON.parse(row.result) as MutationResult) : null;
    },
    /**
     * Several answers in one statement, and the client's last handled mid once (the last answer's):
     * called in the same transaction as the mutations' effects.
     */
    async saveResults(clientId: string, userId: string, answers: { result: MutationResult; at: string }[]) {
      const last = answers.at(-1);
      if (!last) return;
      await insertResults(
        db,
        answers.map(({ result, at }) => ({ client_id: clientId, mid: result.mid, result: JSON.stringify(result), created_at: at })),
      );
      await db
        .insertInto('sync_clients')
        .values({ client_id: clientId, user_id: userId, last_mid: last.result.mid, updated_at: last.at })
        .onConflict((oc) => oc.column('client_id').doUpdateSet({ last_mid: last.result.mid, updated_at: last.at }))
        .execute();
    },
    /** Called in the same transaction as the mutation's effects. */
    async saveResult(clientId: string, userId: string, result: MutationResult, at: string) {
      await db
        .insertInto('mutation_results')
        .values({ client_id: clientId, mid: result.mid, result: JSON.stringify(result), created_at: at })
        .execute();
      await db
        .insertInto('sync_clients')
        .values({ client_id: clientId, user_id: userId, last_mid: result.mid, updated_at: at })
        .onConflict((oc) => oc.column('client_id').doUpdateSet({ last_mid: result.mid, updated_at: at }))
        .execute();
    },
  };
}
