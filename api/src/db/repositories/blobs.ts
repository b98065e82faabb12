import type { Keyring } from '../../services/keyring.ts';
import { openRecord } from '../../services/record-sealing.ts';
import type { Db } from '../connection.ts';

export interface BlobInfo {
  sha256: string;
  size: number;
  type: string;
  received: number;
  complete: boolean;
  createdBy: string | null;
}

export function blobsRepo(db: Db) {
  return {
    async get(sha256: string): Promise<BlobInfo | null> {
      const row = await db.selectFrom('blobs').selectAll().where('sha256', '=', sha256).executeTakeFirst();
      return row
        ? {
            sha256: row.sha256,
            size: row.size,
            type: row.type,
            received: row.received,
            complete: row.complete === 1,
            createdBy: row.created_by,
          }
        : null;
    },
    async start(b: { sha256: string; size: number; type: string; by: string; at: string }) {
      await db
        .insertInto('blobs')
        .values({ sha256: b.sha256, size: b.size, type: b.type, received: 0, complete: 0, created_at: b.at, created_by: b.by })
        .onConflict((oc) => oc.column('sha256').doUpdateSet({ size: b.size, type: b.type, received: 0, complete: 0, created_by: b.by }))
        .execute();
    },
    async progress(sha256: string, received: number, complete: boolean) {
      // An upload without a declared length learns its size when it completes.
      const size = complete ? { size: received } : {};
      await db
        .updateTable('blobs')
        .set({ received, complete: complete ? 1 : 0, ...size })
        .where('sha256', '=', sha256)
        .execute();
    },
    async remove(sha256: string) {
      await db.deleteFrom('blobs').where('sha256', '=', sha256).execute();
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
