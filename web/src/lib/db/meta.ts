/**
 * The keys of the `meta` table: this device's clientId, the pull cursor, the time of the last
 * successful sync, and whose data the device holds (`userId`, `entityId`: device-owner.ts).
 */
import type { ClearinghouseDb } from './database.ts';

export const META = { clientId: 'clientId', userId: 'userId', entityId: 'entityId', cursor: 'cursor', lastSyncAt: 'lastSyncAt' } as const;

export async function readMeta<T>(db: ClearinghouseDb, key: string): Promise<T | undefined> {
  return (await db.meta.get(key))?.value as T | undefined;
}
