import type { MutationResult } from '@clearinghouse/shared';
import { compiledInsert } from '../compiled-insert.ts';
import { compiledOnce } from '../compiled-once.ts';
import type { Db } from '../connection.ts';

const insertResults = compiledInsert('mutation_results', ['client_id', 'mid', 'result', 'created_at']);
const saveLastMid = compiledInsert('sync_clients', ['client_id', 'user_id', 'last_mid', 'updated_at'], {
  key: ['client_id'],
  update: ['last_mid', 'updated_at'],
});

/** Asked twice by every push: compiled once (compiled-once.ts). */
const syncClient = compiledOnce((db: Db, clientId: string) => db.selectFrom('sync_clients').selectAll().where('client_id', '=', clientId));

/**
 * The answers one transaction recorded, in mid order. A row's key is the last of its mids; its text is
 * the list of answers, or one answer (rows written one per mid by earlier versions of the server).
 */
interface RecordedAnswers {
  first: number;
  last: number;
  answers: MutationResult[];
}

function answersOf(mid: number, text: string): RecordedAnswers {
  const parsed = JSON.parse(text) as MutationResult | MutationResult[];
  const answers = Array.isArray(parsed) ? parsed : [parsed];
  return { first: answers[0]?.mid ?? mid, last: mid, answers };
}

/** Per client: the highest mid handled and the recorded answer to each mid (replays get the same). */
export function syncBookkeepingRepo(db: Db) {
  /** Rows read by this repository (one transaction): a resent push asks for each of their mids in turn. */
  const read: RecordedAnswers[] = [];
  return {
    async client(clientId: string) {
      const [row] = await syncClient(db, clientId);
      return row ? { userId: row.user_id, lastMid: row.last_mid } : null;
    },
    /**
     * The answer recorded for this mid, or null if it was never handled. Mids only grow and each
     * transaction's mids follow the previous one's, so the row holding a handled mid is the one with
     * the smallest key at or above it; a mid that row does not list was never handled.
     */
    async recordedResult(clientId: string, mid: number): Promise<MutationResult | null> {
      let rows = read.find((r) => r.first <= mid && mid <= r.last);
      if (!rows) {
        const row = await db
          .selectFrom('mutation_results')
          .select(['mid', 'result'])
          .where('client_id', '=', clientId)
          .where('mid', '>=', mid)
          .orderBy('mid')
          .limit(1)
          .executeTakeFirst();
        if (!row) return null;
        rows = answersOf(row.mid, row.result);
        read.push(rows);
      }
      return rows.answers.find((a) => a.mid === mid) ?? null;
    },
    /**
     * The answers of one transaction in one row, keyed by the last mid (writing a row per answer cost a
     * fifth of a push's inserts), and the client's last handled mid: called in the same transaction as
     * the mutations' effects, with the answers in mid order.
     */
    async saveResults(clientId: string, userId: string, answers: { result: MutationResult; at: string }[]) {
      const last = answers.at(-1);
      if (!last) return;
      const results = answers.map((a) => a.result);
      await insertResults(db, [{ client_id: clientId, mid: last.result.mid, result: JSON.stringify(results), created_at: last.at }]);
      await saveLastMid(db, [{ client_id: clientId, user_id: userId, last_mid: last.result.mid, updated_at: last.at }]);
    },
  };
}
