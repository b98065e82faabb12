/**
 * The database for code that every page loads (the header's sign-out, the session): Dexie is ~31 KiB
 * of gzip JavaScript that a public page or the first paint of the workspace does not need, so it is
 * fetched only when this is called.
 */
import type { ClearinghouseDb } from './database.ts';

export async function loadDb(): Promise<ClearinghouseDb> {
  const { getDb } = await import('./instance.ts');
  return getDb();
}
