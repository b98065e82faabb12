import { blobReferencesRepo, blobsRepo } from '../db/repositories/blobs.ts';
import type { Db } from '../db/connection.ts';
import type { SessionUser } from '../http/env.ts';
import type { Keyring } from './keyring.ts';

/**
 * Who may read an attachment's bytes: an account that uploaded those bytes itself, or a reader of a
 * record that references them (the public: a published, non-confidential element). Knowing a hash is
 * never enough, so the same rule also decides whether a push may name a hash (see apply-mutation).
 */
export function blobAccess(db: Db, keyring: Keyring) {
  const blobs = blobsRepo(db);
  const refs = blobReferencesRepo(db, keyring);
  return {
    async mayRead(user: SessionUser | null, sha256: string): Promise<boolean> {
      if (user && (await blobs.uploadedBy(sha256, user.id))) return true;
      if (user?.role === 'focal_point' && user.entityId && (await refs.referencedByEntity(sha256, user.entityId))) return true;
      if (user?.role === 'secretariat' && (await refs.referencedByTransmitted(sha256))) return true;
      return refs.referencedByPublished(sha256);
    },
  };
}
