#!/usr/bin/env node
// `pnpm cli ...`: the admin command line, run from the repository root so DATA_DIR=./data means the
// same folder as for `pnpm start`.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureApiBuilt } from './lib/api-build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
await ensureApiBuilt({ quiet: true });
const result = spawnSync(process.execPath, ['api/dist/cli.mjs', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
