/** `syncManager` nudges a sync (it also starts by itself ~2 s after any outbox change). */
export { syncManager } from './engine/sync-manager.svelte.ts';
