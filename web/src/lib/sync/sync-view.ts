/**
 * What the indicator says, decided in one pure function: the user's next action first (sign in,
 * update), then what is happening, then what is waiting.
 */
import type { LocalSyncSummary } from './local-summary.ts';
import type { SyncFailure } from './sync-failure.ts';

export type SyncView =
  | { state: 'update-app' | 'sign-in' | 'other-account' | 'syncing' | 'up-to-date' }
  | { state: 'offline'; waiting: number }
  | { state: 'waiting'; waiting: number }
  | { state: 'error'; failure: SyncFailure; waiting: number };

export function syncView(input: { online: boolean; running: boolean; failure: SyncFailure | null; local: LocalSyncSummary }): SyncView {
  const { online, running, failure, local } = input;
  if (failure?.kind === 'update-app' || failure?.kind === 'sign-in' || failure?.kind === 'other-account') return { state: failure.kind };
  if (!online) return { state: 'offline', waiting: local.waiting };
  if (running) return { state: 'syncing' };
  if (failure) return { state: 'error', failure, waiting: local.waiting };
  if (local.waiting > 0 || local.pendingIntents > 0) return { state: 'waiting', waiting: local.waiting };
  return { state: 'up-to-date' };
}
