/**
 * The app's database, opened once per page. Another tab that upgrades the schema fires `versionchange`
 * here: this page saves what it holds in memory, closes the old connection (or the upgrade would be
 * blocked) and reloads onto the new code.
 */
import { hasKeptEdits } from '$lib/drafts/unsaved-journal-keys.ts';
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
  db.on('ready', (vip) => (hasKeptEdits() ? restoreBeforeOtherQueries(vip as ClearinghouseDb) : undefined));
  instance = db;
  return db;
}

/**
 * Edits a page kept while it unloaded (drafts/unsaved-journal.ts) are written before any other query of
 * this page sees the database: the editor then shows them, and sync sends them. `vip` is Dexie's handle
 * that may query while the others wait (the same database object: Dexie types it as a plain Dexie).
 * A failure is logged, never thrown: it would keep the database from opening at all.
 */
async function restoreBeforeOtherQueries(vip: ClearinghouseDb): Promise<void> {
  try {
    // The restoring code (and the drafts store it writes through) is fetched only when there is
    // something to restore: most pages open the database with nothing kept.
    const { restoreKeptEdits } = await import('$lib/drafts/unsaved-journal.ts');
    await restoreKeptEdits(vip);
  } catch (error) {
    console.error('Restoring the edits kept at the last unload failed', error);
  }
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
