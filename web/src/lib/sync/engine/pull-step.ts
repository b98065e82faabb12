/**
 * Pull: pages from the stored cursor until the server says there is no more. Each page is stored with
 * its cursor atomically (apply-changes.ts), so an interrupted pull resumes from the last stored page.
 */
import { ApiError } from '$lib/api/errors.ts';
import type { ClearinghouseDb } from '$lib/db/database.ts';
import { applyPullPage } from './apply-changes.ts';
import { META, readMeta } from '$lib/db/meta.ts';
import { forgetServerState } from './meta.ts';
import type { Transport } from '../transport.ts';

/** The contract's minimum server maximum: fewer round trips on a first pull over a slow link. */
export const PULL_PAGE = 500;
/** A runaway server (hasMore forever) must not keep a tab busy for ever. */
const MAX_PAGES_PER_CYCLE = 1_000;

export async function pullAll(db: ClearinghouseDb, transport: Transport): Promise<{ changes: number; resynced: boolean }> {
  let changes = 0;
  let resynced = false;
  for (let pages = 0; pages < MAX_PAGES_PER_CYCLE; pages++) {
    const cursor = (await readMeta<string>(db, META.cursor)) ?? null;
    let page;
    try {
      page = await transport.pull(cursor, PULL_PAGE);
    } catch (error) {
      // 410: the server cannot honour our cursor (restored from a backup, or the cursor format changed).
      // Start over from nothing; the outbox is untouched, and local edits are merged under again.
      if (error instanceof ApiError && error.status === 410 && !resynced && cursor !== null) {
        await forgetServerState(db);
        resynced = true;
        continue;
      }
      throw error;
    }
    await applyPullPage(db, page);
    changes += page.changes.length;
    if (!page.hasMore) break;
  }
  return { changes, resynced };
}
