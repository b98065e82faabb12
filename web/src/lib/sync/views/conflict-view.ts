/**
 * Reading conflicts for the conflict view: each with the record it concerns (for its title and kind),
 * and the choices it allows. A field conflict holds three values; a whole-record one (field null) is an
 * edit against a deletion, either way round.
 */
import { isLongText, type Category, type Conflict } from '@clearinghouse/shared';
import type { ClearinghouseDb } from '$lib/db/database.ts';
import { isOwnedBy } from '$lib/db/device-owner.ts';
import { META } from '$lib/db/meta.ts';

export type ConflictKind = 'field' | 'deleted-there' | 'deleted-here';

/** Who made the version the server kept, as this device can tell: this account elsewhere, or another account. */
export type OtherAuthor = 'same-account' | 'other-account' | 'unknown';

export interface ConflictEntry {
  conflict: Conflict;
  kind: ConflictKind;
  title: string | null;
  /** The element's category, when known: its fields are shown with the editor's labels and formats. */
  category: Category | null;
  /** This device pushed the change that was not applied (else another device of the entity did). */
  pushedHere: boolean;
  otherAuthor: OtherAuthor;
  /** Long narrative text: shown as a line diff, and editable as a combination. */
  longText: boolean;
  /** Text of any length can be combined by hand; enums, dates and booleans are one or the other. */
  editable: boolean;
  submissionId: string | null;
}

export async function listConflicts(db: ClearinghouseDb, userId: string | undefined): Promise<ConflictEntry[]> {
  if (!(await isOwnedBy(db, userId))) return [];
  const conflicts = await db.conflicts.toArray();
  const thisDevice = (await db.meta.get(META.clientId))?.value;
  const entries: ConflictEntry[] = [];
  for (const conflict of conflicts.sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    const local = (conflict.table === 'items' ? await db.items.get(conflict.recordId) : await db.submissions.get(conflict.recordId)) as
      Record<string, unknown> | undefined;
    const base = (await db.bases.get([conflict.table, conflict.recordId]))?.record ?? null;
    // A deleted-versus-edited conflict has the record on one side only: name it from whichever has it.
    const sides = [local, base, asRecord(conflict.client), asRecord(conflict.server)].filter((r): r is Record<string, unknown> => !!r);
    const title = sides.map((r) => r.title).find((t): t is string => typeof t === 'string' && t.trim() !== '') ?? null;
    const category = sides.map((r) => r.category).find((c): c is Category => typeof c === 'string');
    const record = sides[0] ?? {};
    const kind: ConflictKind = conflict.field !== null ? 'field' : conflict.server === null ? 'deleted-there' : 'deleted-here';
    const field = conflict.field;
    const longText = !!field && conflict.table === 'items' && !!category && isLongText(category, field);
    const values = [conflict.server, conflict.client];
    entries.push({
      conflict,
      kind,
      title,
      category: category ?? null,
      pushedHere: !!thisDevice && conflict.clientId === thisDevice,
      otherAuthor: !conflict.serverUserId ? 'unknown' : conflict.serverUserId === userId ? 'same-account' : 'other-account',
      longText,
      editable: kind === 'field' && values.every((v) => v === null || v === undefined || typeof v === 'string'),
      submissionId:
        conflict.table === 'submissions' ? conflict.recordId : typeof record.submissionId === 'string' ? record.submissionId : null,
    });
  }
  return entries;
}

const asRecord = (value: unknown): Record<string, unknown> | null =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
