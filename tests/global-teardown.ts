/**
 * Stops the shared server's whole process group, copies its log to test-results/server.log and removes
 * its temp dir (kept with E2E_KEEP=1).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readRunState } from './support/run-state.ts';
import { TestServer } from './support/server.ts';

export default async function globalTeardown(): Promise<void> {
  let state;
  try {
    state = readRunState();
  } catch {
    return; // setup failed before writing the state; it stopped its own server
  }
  const server = TestServer.attach(state.server);
  try {
    const out = join(dirname(fileURLToPath(import.meta.url)), 'test-results');
    mkdirSync(out, { recursive: true });
    copyFileSync(state.server.logFile, join(out, 'server.log'));
  } catch {
    /* no log to keep */
  }
  const keepFiles = process.env.E2E_KEEP === '1';
  await server.dispose({ keepFiles });
  if (keepFiles) console.log(`[e2e] kept ${state.runDir} (server log: ${state.server.logFile})`);
}
