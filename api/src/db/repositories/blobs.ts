import type { Keyring } from '../../services/keyring.ts';
import { openRecord } from '../../services/record-sealing.ts';
import type { Db } from '../connection.ts';

/** A stored, verified attachment: its recorded size is the only length ever served. */
export interface BlobInfo {
  sha256: string;
  size: number;
  type: string;
}

export function blobsRepo(db: Db) {
  return {
    async get(sha256: string): Promise<BlobInfo | null> {
      const row = await db.selectFrom('blobs').selectAll().where('sha256', '=', sha256).where('complete', '=', 1).executeTakeFirst();
      return row ? { sha256: row.sha256, size: row.size, type: row.type } : null;
    },
    /** Records a verified file and its uploader; the first record of a hash is kept as it is. */
    async recordStored(b: { sha256: string; size: number; type: string; by: string; at: string }) {
      await db
        .insertInto('blobs')
        .values({ sha256: b.sha256, size: b.size, type: b.type, received: b.size, complete: 1, created_at: b.at, created_by: b.by })
        .onConflict((oc) => oc.column('sha256').doNothing())
        .execute();
      await db
        .insertInto('blob_uploaders')
        .values({ sha256: b.sha256, user_id: b.by, at: b.at })
        .onConflict((oc) => oc.columns(['sha256', 'user_id']).doNothing())
        .execute();
    },
    /** Every finished attachment, by hash: what a backup copies. */
    finished(): Promise<{ sha256: string; size: number }[]> {
      return db.selectFrom('blobs').select(['sha256', 'size']).where('complete', '=', 1).orderBy('sha256').execute();
    },
    /** How many attachments' bytes the database itself holds (the database blob storage). */
    async contentsStored(): Promise<number> {
      const row = await db
        .selectFrom('blob_contents')
        .select((e) => e.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async uploadedBy(sha256: string, userId: string) {
      const row = await db
        .selectFrom('blob_uploaders')
        .select('sha256')
        .where('sha256', '=', sha256)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return !!row;
    },
  };
}

/**
 * Who may download a blob: someone who may read a record that references it. The hash is hex, so a
 * LIKE on it is safe; sealed parts (a confidential element's attachments) are opened to check.
 */
export function blobReferencesRepo(db: Db, keyring: Keyring) {
  const references = (doc: string, sealed: string | null, sha256: string) => {
    const record = openRecord(keyring, doc, sealed);
    return Array.isArray(record.attachments) && record.attachments.some((a) => (a as { sha256?: unknown })?.sha256 === sha256);
  };
  return {
    async referencedByEntity(sha256: string, entityId: string) {
      const rows = await db
        .selectFrom('records')
        .select(['doc', 'sealed'])
        .where('table_name', '=', 'items')
        .where('entity_id', '=', entityId)
        .where('deleted', '=', 0)
        .execute();
      return rows.some((r) => references(r.doc, r.sealed, sha256));
    },
    async referencedByTransmitted(sha256: string) {
      const rows = await db
        .selectFrom('records')
        .select(['doc', 'sealed'])
        .where('table_name', '=', 'items')
        .where('submission_status', '!=', 'draft')
        .where('deleted', '=', 0)
        .execute();
      return rows.some((r) => references(r.doc, r.sealed, sha256));
    },
    /** Public: only the published copy, which holds nothing confidential. */
    async referencedByPublished(sha256: string) {
      const rows = await db.selectFrom('published_items').select('doc').where('doc', 'like', `%${sha256}%`).execute();
      return rows.some((r) => references(r.doc, null, sha256));
    },
  };
}
