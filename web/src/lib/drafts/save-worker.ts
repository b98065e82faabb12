/// <reference lib="webworker" />
/**
 * The autosave's writes, off the page's main thread (off-thread-saves.ts starts this worker). On a slow
 * phone a key in a long text keeps the main thread busy for tens of milliseconds (editing, layout,
 * paint); a save run there waits for each of its IndexedDB answers behind that work. Here the same
 * save (DraftsStore.saveEdits: one strict read-write transaction, record and outbox entry together)
 * runs as soon as the key's text arrives. The page's live queries hear of it through Dexie's
 * cross-context channel, as they hear of another tab's writes.
 */
import { ClearinghouseDb } from '$lib/db/database.ts';
import { DraftsStore } from './drafts-store.ts';
import { answerSave, type SaveRequest } from './save-messages.ts';

const db = new ClearinghouseDb();
// Another tab's upgrade or a sign-out's wipe: give the connection up at once (the page closes its own
// after saving what it holds); a save asked after this fails as closed, and the page writes it itself.
db.on('versionchange', () => {
  db.close();
  return false;
});
const store = new DraftsStore(db);
// Opened now, not at the first key: the page starts this worker when an editor opens (`warm`).
db.open().catch((error: unknown) => console.warn('The autosave worker could not open the database', error));

self.onmessage = async (event: MessageEvent<SaveRequest>) => {
  self.postMessage(await answerSave(store, event.data));
};
