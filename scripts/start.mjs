#!/usr/bin/env node
// `pnpm start` / `npm start`: everything a fresh machine with Node 20 needs, then the server.
//   installs dependencies when the lockfile changed, builds the web app and the API bundle when their
//   sources changed, then serves both on one origin (PORT, HOST, DATA_DIR as in README).
// `pnpm demo`: the same on a fresh throwaway database filled with sample content.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureInstalled, ensurePnpm, ensureWebBuilt, root } from './lib/ensure.mjs';

const demo = process.argv.includes('--demo');
const pnpm = ensurePnpm();
ensureInstalled(pnpm);
ensureWebBuilt(pnpm);
const { ensureApiBuilt } = await import('./lib/api-build.mjs');
await ensureApiBuilt();

const env = { ...process.env };
if (demo) {
  env.DATA_DIR = mkdtempSync(join(tmpdir(), 'clearinghouse-demo-'));
  env.DEMO = '1';
  // The demo is a throwaway SQLite database: never seed sample accounts into a configured PostgreSQL.
  if (env.DATABASE_URL) console.log('[demo] ignoring DATABASE_URL: the demo uses a throwaway SQLite database');
  delete env.DATABASE_URL;
}

const server = spawn(process.execPath, ['--enable-source-maps', 'api/dist/server.mjs'], { cwd: root, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
