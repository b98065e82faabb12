#!/usr/bin/env node
// `pnpm bench`: size and speed figures, printed as tables (never thresholds: tests check behaviour).
//   1. first-load JS/CSS of key pages and the service worker precache (tests/bench/web-size.ts)
//   2. the server half (scripts/lib/bench-server.mjs): sync against PouchDB replicating to express-pouchdb
//      in memory and on disk (bench/src/sync-vs-pouchdb.ts), and 100 devices pushing and pulling with the
//      worst merges meanwhile (bench/src/load.ts)
//   3. the web app on Regular 3G and a 4× slower CPU: time to usable, offline relaunch, keystroke to save
//      (scripts/lib/bench-web.mjs → tests/bench/web-speed.ts)
import { spawnSync } from 'node:child_process';
import { serverBenchSteps } from './lib/bench-server.mjs';
import { ensureInstalled, ensurePnpm, ensureWebBuilt, root } from './lib/ensure.mjs';

const pnpm = ensurePnpm();
ensureInstalled(pnpm);
ensureWebBuilt(pnpm);
const { ensureApiBuilt } = await import('./lib/api-build.mjs');
await ensureApiBuilt();
const tsx = `${root}/node_modules/.bin/tsx`;
let failed = false;
for (const [cwd, file] of [['tests', 'bench/web-size.ts'], ...serverBenchSteps]) {
  const r = spawnSync(tsx, [file], { cwd: `${root}/${cwd}`, stdio: 'inherit' });
  failed ||= r.status !== 0;
}
failed = (await import('./lib/bench-web.mjs')).runWebSpeedBench(tsx) || failed;
process.exit(failed ? 1 : 0);
