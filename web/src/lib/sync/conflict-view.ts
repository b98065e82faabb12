/**
 * Reading conflicts for the conflict view: each with the record it concerns (for its title and kind),
 * and the choices it allows. A field conflict holds three values; a whole-record one (field null) is an
 * edit against a deletion, either way round.
 */
import { isLongText, type Category, type Conflict } from '@clearinghouse/shared';
import type { ClearinghouseDb } from '$lib/db/database.ts';
import { isOwnedBy } from './meta.ts';

export type ConflictKind = 'field' | 'deleted-there' | 'deleted-here';

export interface ConflictEntry {
  conflict: Conflict;
  kind: ConflictKind;
  title: string | null;
  /** Long narrative text: shown as a line diff, and editable as a combination. */
  longText: boolean;
  /** Text of any length can be combined by hand; enums, dates and booleans are one or the other. */
  editable: boolean;
  submissionId: string | null;
}

export async function listConflicts(db: ClearinghouseDb, userId: string | undefined): Promise<ConflictEntry[]> {
  if (!(await isOwnedBy(db, userId))) return [];
  const conflicts = await db.conflicts.toArray();
  const entries: ConflictEntry[] = [];
  for (const conflict of conflicts.sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    const local = (conflict.table === 'items' ? await db.items.get(conflict.recordId) : await db.submissions.get(conflict.recordId)) as
      Record<string, unknown> | undefined;
    const base = (await db.bases.get([conflict.table, conflict.recordId]))?.record ?? null;
    const record = local ?? base ?? (conflict.client as Record<string, unknown> | null) ?? {};
    const category = record.category as Category | undefined;
    const kind: ConflictKind = conflict.field !== null ? 'field' : conflict.server === null ? 'deleted-there' : 'deleted-here';
    const field = conflict.field;
    const longText = !!field && conflict.table === 'items' && !!category && isLongText(category, field);
    const values = [conflict.server, conflict.client];
    entries.push({
      conflict,
      kind,
      title: typeof record.title === 'string' ? record.title : null,
      longText,
      editable: kind === 'field' && values.every((v) => v === null || v === undefined || typeof v === 'string'),
      submissionId:
        conflict.table === 'submissions' ? conflict.recordId : typeof record.submissionId === 'string' ? record.submissionId : null,
    });
  }
  return entries;
}
