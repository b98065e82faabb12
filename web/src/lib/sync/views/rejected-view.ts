/** The sync page's lists: refused changes and transmissions, with what a person needs to act on them. */
import type { ClearinghouseDb } from '$lib/db/database.ts';
import type { IntentRow, OutboxEntry } from '$lib/db/rows.ts';
import { isOwnedBy } from '$lib/db/device-owner.ts';
import { hasMessage, t } from '$lib/i18n/index.ts';
import { submissionOfEntry } from '../engine/record-scope.ts';

export interface RejectedEntry {
  entry: OutboxEntry;
  title: string | null;
  submissionId: string | null;
  /** The submission was transmitted meanwhile: the change can only live on in an amendment. */
  locked: boolean;
}

export interface IntentEntry {
  intent: IntentRow;
  title: string | null;
}

export async function listRejected(db: ClearinghouseDb, userId: string | undefined): Promise<RejectedEntry[]> {
  if (!(await isOwnedBy(db, userId))) return [];
  const rejected = await db.outbox.where('state').equals('rejected').sortBy('mid');
  return Promise.all(
    rejected.map(async (entry) => {
      const local = (entry.table === 'items' ? await db.items.get(entry.id) : await db.submissions.get(entry.id)) as
        Record<string, unknown> | undefined;
      const base = (await db.bases.get([entry.table, entry.id]))?.record ?? undefined;
      const record = local ?? base ?? entry.fields ?? {};
      const submissionId = (await submissionOfEntry(db, entry)) ?? null;
      return {
        entry,
        title: typeof record.title === 'string' ? record.title : null,
        submissionId,
        locked: entry.error?.code === 'submission-locked',
      };
    }),
  );
}

export async function listIntents(db: ClearinghouseDb, userId: string | undefined): Promise<IntentEntry[]> {
  if (!(await isOwnedBy(db, userId))) return [];
  const intents = await db.intents.toArray();
  return Promise.all(intents.map(async (intent) => ({ intent, title: (await db.submissions.get(intent.submissionId))?.title ?? null })));
}

/** Sync's own wording for a refused change when it has one, else the general one for the code. */
export function reasonText(error: { code: string; message: string } | undefined): string {
  if (!error) return '';
  for (const key of [`sync.reasons.${error.code}`, `apiError.${error.code}`]) if (hasMessage(key)) return t(key);
  return t('apiError.unknown', { code: error.code });
}
