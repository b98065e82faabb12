// Kept for the sync property test and its harness while they move to their own package: remove at
// that merge. The cycle itself lives in engine/sync-cycle.ts.
export { runCycle } from './engine/sync-cycle.ts';
