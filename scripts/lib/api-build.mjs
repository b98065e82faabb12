// Rebuilds the API bundle (api/dist) when any source it is made from is newer than it.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const full = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

export async function ensureApiBuilt({ quiet = false } = {}) {
  const bundle = join(root, 'api/dist/server.mjs');
  const cli = join(root, 'api/dist/cli.mjs');
  const sources = Math.max(
    newestMtime(join(root, 'api/src')),
    newestMtime(join(root, 'shared/src')),
    statSync(join(root, 'api/scripts/build.mjs')).mtimeMs,
  );
  if (existsSync(bundle) && existsSync(cli) && Math.min(statSync(bundle).mtimeMs, statSync(cli).mtimeMs) >= sources) return;
  if (!quiet) process.stderr.write('Building the API bundle…\n');
  const { buildApi } = await import(join(root, 'api/scripts/build.mjs'));
  await buildApi();
}
