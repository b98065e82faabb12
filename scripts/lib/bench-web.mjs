// `pnpm bench`, web speed part: the app on a slow link and a slow CPU (tests/bench/web-speed.ts).
// A module of its own so the server benchmarks in scripts/bench.mjs change without touching it.
import { spawnSync } from 'node:child_process';
import { root } from './ensure.mjs';

/** Runs the web speed bench; returns whether it failed (it prints figures, it never judges them). */
export function runWebSpeedBench(tsx) {
  const r = spawnSync(tsx, ['bench/web-speed.ts'], { cwd: `${root}/tests`, stdio: 'inherit' });
  return r.status !== 0;
}
