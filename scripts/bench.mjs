#!/usr/bin/env node
// `pnpm bench`: size and speed figures, printed as tables (never thresholds: tests check behaviour).
//   1. first-load JS/CSS of key pages and the service worker precache (tests/bench/web-size.ts)
//   2. sync on the wire against PouchDB replicating to express-pouchdb (api/bench/sync-vs-pouchdb.ts)
//   3. load: 100 devices pushing and pulling for 30 s with the worst merges meanwhile (api/bench/load.ts)
//   4. the web app on Regular 3G and a 4× slower CPU: time to usable, offline relaunch, keystroke to save
//      (scripts/lib/bench-web.mjs → tests/bench/web-speed.ts)
import { spawnSync } from 'node:child_process';
import { ensureInstalled, ensurePnpm, ensureWebBuilt, root } from './lib/ensure.mjs';

const pnpm = ensurePnpm();
ensureInstalled(pnpm);
ensureWebBuilt(pnpm);
const { ensureApiBuilt } = await import('./lib/api-build.mjs');
await ensureApiBuilt();
const tsx = `${root}/node_modules/.bin/tsx`;
let failed = false;
for (const [cwd, file] of [
  ['tests', 'bench/web-size.ts'],
  ['api', 'bench/sync-vs-pouchdb.ts'],
  ['api', 'bench/load.ts'],
]) {
  const r = spawnSync(tsx, [file], { cwd: `${root}/${cwd}`, stdio: 'inherit' });
  failed ||= r.status !== 0;
}
failed = (await import('./lib/bench-web.mjs')).runWebSpeedBench(tsx) || failed;
process.exit(failed ? 1 : 0);
