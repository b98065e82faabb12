/** `syncManager` nudges a sync (it also starts by itself ~2 s after any outbox change). */
export { syncManager } from './sync-manager.svelte.ts';
