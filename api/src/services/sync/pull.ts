import type { Change, Conflict, PullResponse } from '@clearinghouse/shared';
import type { Db } from '../../db/connection.ts';
import { conflictsRepo } from '../../db/repositories/conflicts.ts';
import { recordsRepo } from '../../db/repositories/records.ts';
import type { SessionUser } from '../../http/env.ts';
import { HttpError } from '../../http/http-error.ts';
import type { Keyring } from '../keyring.ts';

const encodeCursor = (seq: number) => Buffer.from(JSON.stringify({ v: 1, s: seq })).toString('base64url');

function decodeCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { v?: unknown; s?: unknown };
    if (parsed.v === 1 && Number.isSafeInteger(parsed.s) && (parsed.s as number) >= 0) return parsed.s as number;
  } catch {
    // not base64 JSON: answered like any other cursor this server did not issue, below
  }
  throw new HttpError(410, 'must-resync', 'This sync position is not valid any more. The app will download everything again.');
}

/**
 * GET /api/sync/pull: what this user may read, in server order, already projected. A focal point reads
 * its own entity's records; the Secretariat every submission from the moment it is transmitted, never a
 * draft; a Bureau member reads public data elsewhere and gets nothing here.
 */
export function syncPullService(db: Db, keyring: Keyring) {
  const records = recordsRepo(db, keyring);
  const conflicts = conflictsRepo(db, keyring);
  return {
    async pull(user: SessionUser, cursor: string | undefined, limit: number): Promise<PullResponse> {
      const after = decodeCursor(cursor);
      if (after > (await records.maxSeq())) {
        throw new HttpError(410, 'must-resync', 'The server has been restored from an older copy. The app will download everything again.');
      }
      const filter =
        user.role === 'focal_point' && user.entityId
          ? { entityId: user.entityId }
          : user.role === 'secretariat'
            ? { nonDraftOnly: true }
            : null;
      const rows = filter ? await records.changes(filter, after, limit + 1) : [];
      const page = rows.slice(0, limit);
      const changes: Change[] = page.map((r) => ({
        table: r.table,
        id: r.id,
        version: r.version,
        deleted: r.deleted,
        // Both readers here have full access to what the filter lets through, and the full projection is
        // the record itself (projectItem would only deep-copy it; each row is parsed afresh for this page).
        record: r.deleted ? null : r.record,
      }));
      const open: Conflict[] = user.role === 'focal_point' && user.entityId ? await conflicts.openForEntity(user.entityId) : [];
      const last = page.at(-1)?.seq ?? after;
      return { changes, conflicts: open, cursor: encodeCursor(last), hasMore: rows.length > limit };
    },
  };
}
