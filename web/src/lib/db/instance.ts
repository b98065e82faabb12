/**
 * The app's database, opened once per page. Another tab that upgrades the schema fires `versionchange`
 * here: this page saves what it holds in memory, closes the old connection (or the upgrade would be
 * blocked) and reloads onto the new code.
 */
import { ClearinghouseDb } from './database.ts';

const beforeClose = new Set<() => Promise<void> | void>();
let instance: ClearinghouseDb | undefined;

export function getDb(): ClearinghouseDb {
  if (instance) return instance;
  const db = new ClearinghouseDb();
  db.on('versionchange', () => {
    void closeForUpgrade(db);
    return false; // we close ourselves, after saving
  });
  instance = db;
  return db;
}

/** Runs before the page gives its connection up to another tab's upgrade (e.g. flushing autosave). */
export function onBeforeDbClose(hook: () => Promise<void> | void): () => void {
  beforeClose.add(hook);
  return () => beforeClose.delete(hook);
}

async function closeForUpgrade(db: ClearinghouseDb): Promise<void> {
  for (const hook of beforeClose) {
    try {
      await hook();
    } catch (error) {
      console.warn('Saving before a database upgrade failed', error);
    }
  }
  db.close();
  instance = undefined;
  if (typeof location !== 'undefined') location.reload();
}
