/**
 * What went wrong with a cycle, in the terms the user acts on: wait (offline, server trouble: retried
 * with backoff), sign in again (401: retried once the session is back), or update the app (426: never
 * retried by this version). Local work is kept in every case.
 */
import { ApiError, NetworkError } from '$lib/api/errors.ts';

/** Thrown when the device holds another account's unsent changes: sync waits for that account. */
export class OtherAccountDataError extends Error {
  override readonly name = 'OtherAccountDataError';
  constructor() {
    super('This device holds changes of another account that have not been sent yet.');
  }
}

export type SyncFailureKind = 'offline' | 'sign-in' | 'update-app' | 'other-account' | 'server';

export interface SyncFailure {
  kind: SyncFailureKind;
  code: string;
  message: string;
}

export function classifyFailure(error: unknown): SyncFailure {
  if (error instanceof NetworkError) return { kind: 'offline', code: error.timedOut ? 'timeout' : 'network', message: error.message };
  if (error instanceof OtherAccountDataError) return { kind: 'other-account', code: 'other-account', message: error.message };
  if (error instanceof ApiError) {
    if (error.status === 401) return { kind: 'sign-in', code: error.code, message: error.message };
    if (error.status === 426) return { kind: 'update-app', code: error.code, message: error.message };
    return { kind: 'server', code: error.code, message: error.message };
  }
  return { kind: 'server', code: 'internal-error', message: error instanceof Error ? error.message : String(error) };
}

/** Failures no timer can fix: the user must act first. */
export const needsUser = (failure: SyncFailure | null): boolean =>
  failure?.kind === 'sign-in' || failure?.kind === 'update-app' || failure?.kind === 'other-account';
