import type { Db } from '../connection.ts';
import { toHit, type PublishedItemHit } from './public-search.ts';

export interface PublishedSubmissionRecord {
  submissionId: string;
  entityId: string;
  edition: number;
  publishedAt: string;
  /** Already projected for the public at publication. */
  doc: Record<string, unknown>;
  itemCount: number;
}

const ITEM_COLUMNS = [
  'item_id as itemId',
  'submission_id as submissionId',
  'entity_id as entityId',
  'category',
  'published_at as publishedAt',
  'doc',
] as const;

/** Reads of the published copy other than search. Only published_* tables: never the records. */
export function publicReadsRepo(db: Db) {
  const submissions = () =>
    db
      .selectFrom('published_submissions as ps')
      .select(['ps.submission_id as submissionId', 'ps.entity_id as entityId', 'ps.edition', 'ps.published_at as publishedAt', 'ps.doc'])
      .select((eb) =>
        eb
          .selectFrom('published_items')
          .whereRef('published_items.submission_id', '=', 'ps.submission_id')
          .select((e) => e.fn.countAll<number>().as('n'))
          .as('itemCount'),
      );
  const toSubmission = (r: {
    submissionId: string;
    entityId: string;
    edition: number;
    publishedAt: string;
    doc: string;
    itemCount: number | null;
  }): PublishedSubmissionRecord => ({
    ...r,
    doc: JSON.parse(r.doc) as Record<string, unknown>,
    itemCount: Number(r.itemCount ?? 0),
  });

  return {
    async itemsOfEntity(entityId: string): Promise<PublishedItemHit[]> {
      const rows = await db
        .selectFrom('published_items')
        .select(ITEM_COLUMNS)
        .where('entity_id', '=', entityId)
        .orderBy('category')
        .orderBy('position')
        .orderBy('item_id')
        .execute();
      return rows.map(toHit);
    },
    async itemsOfCategory(category: string): Promise<PublishedItemHit[]> {
      const rows = await db
        .selectFrom('published_items')
        .select(ITEM_COLUMNS)
        .where('category', '=', category)
        .orderBy('entity_id')
        .orderBy('position')
        .orderBy('item_id')
        .execute();
      return rows.map(toHit);
    },
    async submissionsOfEntity(entityId: string): Promise<PublishedSubmissionRecord[]> {
      const rows = await submissions().where('ps.entity_id', '=', entityId).orderBy('ps.published_at', 'desc').execute();
      return rows.map(toSubmission);
    },
    async latestSubmissions(limit: number): Promise<PublishedSubmissionRecord[]> {
      const rows = await submissions().orderBy('ps.published_at', 'desc').orderBy('ps.submission_id').limit(limit).execute();
      return rows.map(toSubmission);
    },
    /** Titles of every published submission, by id (exports name the submission of each row). */
    async submissionTitles(): Promise<Map<string, string>> {
      const rows = await db.selectFrom('published_submissions').select(['submission_id', 'doc']).execute();
      return new Map(rows.map((r) => [r.submission_id, String((JSON.parse(r.doc) as { title?: unknown }).title ?? '')]));
    },
    /** The working language each published submission was written in, by id (null when it names none). */
    async submissionLanguages(): Promise<Map<string, string | null>> {
      const rows = await db.selectFrom('published_submissions').select(['submission_id', 'doc']).execute();
      return new Map(rows.map((r) => [r.submission_id, (JSON.parse(r.doc) as { language?: string }).language ?? null]));
    },
    async counts(): Promise<{ submissions: number; items: number }> {
      const s = await db
        .selectFrom('published_submissions')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      const i = await db
        .selectFrom('published_items')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return { submissions: Number(s.n), items: Number(i.n) };
    },
  };
}
