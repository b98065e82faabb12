import type { Db } from '../connection.ts';

export interface PublicationInput {
  submissionId: string;
  entityId: string;
  cycleId: string | null;
  /** Already projected for the public: nothing confidential reaches this repository. */
  submission: Record<string, unknown>;
  items: Record<string, unknown>[];
  at: string;
  by: string;
}

/** The public copy and its history. Public read paths use only these tables. */
export function publicationsRepo(db: Db) {
  return {
    /** Changes with every publication and unpublication: what public caches are keyed on. */
    async stamp(): Promise<string> {
      const row = await db
        .selectFrom('publication_history')
        .select((eb) => [
          eb.fn.countAll<number>().as('editions'),
          eb.fn.count<number>('unpublished_at').as('withdrawn'),
          eb.fn.max('published_at').as('published'),
          eb.fn.max('unpublished_at').as('unpublished'),
        ])
        .executeTakeFirstOrThrow();
      return [row.editions, row.withdrawn, row.published, row.unpublished].map(String).join('|');
    },
    async publish(p: PublicationInput) {
      const last = await db
        .selectFrom('publication_history')
        .select((eb) => eb.fn.max('edition').as('e'))
        .where('submission_id', '=', p.submissionId)
        .executeTakeFirst();
      const edition = Number(last?.e ?? 0) + 1;
      const doc = JSON.stringify({ submission: p.submission, items: p.items });
      await db.deleteFrom('published_items').where('submission_id', '=', p.submissionId).execute();
      await db.deleteFrom('published_submissions').where('submission_id', '=', p.submissionId).execute();
      await db
        .insertInto('published_submissions')
        .values({
          submission_id: p.submissionId,
          entity_id: p.entityId,
          cycle_id: p.cycleId,
          edition,
          doc: JSON.stringify(p.submission),
          published_at: p.at,
          published_by: p.by,
        })
        .execute();
      for (const item of p.items) {
        await db
          .insertInto('published_items')
          .values({
            item_id: String(item.id),
            submission_id: p.submissionId,
            entity_id: p.entityId,
            category: String(item.category),
            position: typeof item.position === 'string' ? item.position : '',
            doc: JSON.stringify(item),
            published_at: p.at,
          })
          .execute();
      }
      await db
        .insertInto('publication_history')
        .values({ submission_id: p.submissionId, edition, doc, published_at: p.at, published_by: p.by, unpublished_at: null })
        .execute();
      return edition;
    },
    /** Removes the public copy from every public path at once; the history keeps what was shown. */
    async unpublish(submissionId: string, at: string) {
      await db.deleteFrom('published_items').where('submission_id', '=', submissionId).execute();
      await db.deleteFrom('published_submissions').where('submission_id', '=', submissionId).execute();
      await db
        .updateTable('publication_history')
        .set({ unpublished_at: at })
        .where('submission_id', '=', submissionId)
        .where('unpublished_at', 'is', null)
        .execute();
    },
    async history(submissionId: string) {
      const rows = await db
        .selectFrom('publication_history')
        .selectAll()
        .where('submission_id', '=', submissionId)
        .orderBy('edition')
        .execute();
      return rows.map((r) => ({
        edition: r.edition,
        publishedAt: r.published_at,
        publishedBy: r.published_by,
        unpublishedAt: r.unpublished_at,
        ...(JSON.parse(r.doc) as { submission: Record<string, unknown>; items: Record<string, unknown>[] }),
      }));
    },
    async publishedItems(filter: { entityId?: string; category?: string } = {}) {
      let q = db
        .selectFrom('published_items')
        .innerJoin('published_submissions', 'published_submissions.submission_id', 'published_items.submission_id')
        .select([
          'published_items.doc as doc',
          'published_items.entity_id as entityId',
          'published_items.published_at as publishedAt',
          'published_submissions.cycle_id as cycleId',
        ]);
      if (filter.entityId) q = q.where('published_items.entity_id', '=', filter.entityId);
      if (filter.category) q = q.where('published_items.category', '=', filter.category);
      const rows = await q
        .orderBy('published_items.entity_id')
        .orderBy('published_items.category')
        .orderBy('published_items.position')
        .execute();
      return rows.map((r) => ({
        ...(JSON.parse(r.doc) as Record<string, unknown>),
        entityId: r.entityId,
        publishedAt: r.publishedAt,
        cycleId: r.cycleId,
      }));
    },
  };
}
