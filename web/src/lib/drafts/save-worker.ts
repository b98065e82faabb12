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
import { answerSave, type SaveAnswer, type SaveRequest } from './save-messages.ts';

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
  const answer = await answerSave(store, event.data);
  try {
    self.postMessage(answer);
  } catch (error) {
    // An answer that cannot be sent must still answer: the page then saves this edit itself.
    self.postMessage({ seq: answer.seq, ok: false, error: { name: 'DataCloneError', message: String(error) } } satisfies SaveAnswer);
  }
};
