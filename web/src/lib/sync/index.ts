/**
 * What the rest of the app uses of sync. Drafting: `pendingCountFor` / `syncStateOf` per draft (inside
 * a liveQuery), `isLocked` after transmission, `queueTransmit` to transmit (offline too), `syncManager`
 * to nudge a sync (it also starts by itself ~2 s after any outbox change).
 */
export { EMPTY_DRAFT_SYNC, isLocked, pendingCountFor, syncStateOf, type DraftSyncState } from './views/draft-state.ts';
export { cancelTransmit, queueTransmit } from './transmit/transmit-intent.ts';
export { openAmendment } from './transmit/amendment.ts';
export { syncManager } from './engine/sync-manager.svelte.ts';
