import type { Change, Conflict } from '@clearinghouse/shared';
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

/** A change of a pull page, ready to be sent. */
export interface PulledChange {
  table: Change['table'];
  id: string;
  version: number;
  deleted: boolean;
  /**
   * The record's JSON text as this reader may see it (null for a deletion). Made when the answer is
   * written, so that opening a sealed part overlaps the compression of what was written before it.
   */
  recordJson(): string | null;
}

export interface PulledPage {
  changes: PulledChange[];
  conflicts: Conflict[];
  cursor: string;
  hasMore: boolean;
  /** Ids of the confidential elements (or elements with confidential fields) in this page, for the audit. */
  confidentialItems: string[];
}

type FullRecord = Record<string, unknown>;
const isConfidential = (record: FullRecord) =>
  record.confidential === true || (Array.isArray(record.confidentialFields) && record.confidentialFields.length > 0);

/**
 * Which records this user may read by pull, and how much of each. A focal point reads its own entity's
 * records; the Secretariat every submission from the moment it is transmitted, never a draft; a Bureau
 * member reads public data elsewhere and gets nothing here. Both readers who get anything have full
 * access to what their filter lets through, and the full projection of a record is the record itself.
 * A reader with less than full access would need the projection (projectItem) of each record, so its
 * records could not be sent as stored.
 */
function readerOf(user: SessionUser): { filter: { entityId?: string; nonDraftOnly?: boolean }; access: 'full' } | null {
  if (user.role === 'focal_point' && user.entityId) return { filter: { entityId: user.entityId }, access: 'full' };
  if (user.role === 'secretariat') return { filter: { nonDraftOnly: true }, access: 'full' };
  return null;
}

/**
 * GET /api/sync/pull: what this user may read, in server order, already projected. A record with no
 * sealed part is sent as its stored text (sealRecord keeps in `doc` every value it does not seal, so the
 * text is the whole record), without parsing and serialising it again: most of a new device's pull. A
 * record with a sealed part is its stored text joined with the opened sealed text, unparsed too.
 */
export function syncPullService(db: Db, keyring: Keyring) {
  const records = recordsRepo(db, keyring);
  const conflicts = conflictsRepo(db, keyring);
  return {
    async pull(user: SessionUser, cursor: string | undefined, limit: number): Promise<PulledPage> {
      const after = decodeCursor(cursor);
      const reader = readerOf(user);
      const rows = reader ? await records.changes(reader.filter, after, limit + 1) : [];
      // A cursor past the newest change means the server was restored from an older copy. A change
      // after the cursor proves it is not, so max(seq) is read only when there is none.
      if (!rows.length && after > (await records.maxSeq())) {
        throw new HttpError(410, 'must-resync', 'The server has been restored from an older copy. The app will download everything again.');
      }
      const page = rows.slice(0, limit);
      // Only the Secretariat's deliveries of confidential content are audited; a record's markers are in
      // its stored text, so one without the word is not confidential and is not parsed to find out.
      const audited = user.role === 'secretariat';
      const confidentialItems: string[] = [];
      const changes: PulledChange[] = page.map((r) => {
        // The markers are structural: never sealed, always in `doc`.
        if (audited && !r.deleted && r.doc.includes('"confidential') && isConfidential(JSON.parse(r.doc) as FullRecord)) {
          confidentialItems.push(r.id);
        }
        const { doc, sealed } = r;
        const recordJson = r.deleted ? () => null : sealed === null ? () => doc : () => joinObjectTexts(doc, keyring.open(sealed));
        return { table: r.table, id: r.id, version: r.version, deleted: r.deleted, recordJson };
      });
      const open: Conflict[] = user.role === 'focal_point' && user.entityId ? await conflicts.openForEntity(user.entityId) : [];
      const last = page.at(-1)?.seq ?? after;
      return { changes, conflicts: open, cursor: encodeCursor(last), hasMore: rows.length > limit, confidentialItems };
    },
  };
}

/**
 * The text of `{...a, ...b}` from the texts of two objects JSON.stringify wrote, without parsing them: a
 * record's readable part and its sealed values (their keys never overlap; were one in both, a reader
 * keeps the later, as the spread would). Opening a sealed record this way instead of parsing and
 * serialising it was a tenth of a pull's time.
 */
function joinObjectTexts(a: string, b: string): string {
  if (b === '{}') return a;
  if (a === '{}') return b;
  return `${a.slice(0, -1)},${b.slice(1)}`;
}

/** `{"table":"items","id":` for each table: the start every change of that table shares. */
const changeStarts = new Map<string, string>();
const changeStart = (table: string) => {
  let start = changeStarts.get(table);
  if (start === undefined) changeStarts.set(table, (start = `{"table":${JSON.stringify(table)},"id":`));
  return start;
};
/** Ids are UUIDs: letters, digits and hyphens need no escaping in JSON. Anything else is written by JSON.stringify. */
const PLAIN_ID = /^[\w-]*$/;
const idJson = (id: string) => (PLAIN_ID.test(id) ? `"${id}"` : JSON.stringify(id));

/**
 * Writes the answer's JSON text in parts, as JSON.stringify would write the PullResponse (same keys,
 * same order), with each record's text spliced in as it is.
 */
export function writePullAnswer(page: PulledPage, write: (text: string) => void): void {
  write('{"changes":[');
  page.changes.forEach((c, i) =>
    write(
      `${i ? ',' : ''}${changeStart(c.table)}${idJson(c.id)},"version":${c.version},"deleted":${c.deleted},"record":${c.recordJson() ?? 'null'}}`,
    ),
  );
  write(`],"conflicts":${JSON.stringify(page.conflicts)},"cursor":${JSON.stringify(page.cursor)},"hasMore":${page.hasMore}}`);
}

/** The answer's JSON text in one string (what writePullAnswer writes). */
export function pullAnswerJson(page: PulledPage): string {
  const parts: string[] = [];
  writePullAnswer(page, (text) => parts.push(text));
  return parts.join('');
}
