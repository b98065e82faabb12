/**
 * What global setup hands to the tests: the shared server's addresses and the seeded accounts.
 * It is a JSON file in the run's temp dir; its path travels in E2E_STATE (global setup sets it, and
 * Playwright's workers inherit the environment of the runner).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Accounts, ServerState } from './server.ts';

export interface RunState {
  runDir: string;
  server: ServerState;
  accounts: Accounts;
}

export const STATE_ENV = 'E2E_STATE';

export function writeRunState(path: string, state: RunState): void {
  writeFileSync(path, JSON.stringify(state, null, 2), { mode: 0o600 });
  process.env[STATE_ENV] = path;
}

let cached: RunState | null = null;
export function readRunState(): RunState {
  if (cached) return cached;
  const path = process.env[STATE_ENV];
  if (!path) {
    throw new Error(`${STATE_ENV} is not set: run the tests through playwright.config.ts (its globalSetup starts the server).`);
  }
  cached = JSON.parse(readFileSync(path, 'utf8')) as RunState;
  return cached;
}
