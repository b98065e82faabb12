/**
 * The server's pull path for a new device: `pnpm --filter @clearinghouse/bench exec tsx src/profile-pull.ts`
 * pushes the bench's data first, times BENCH_PULL_RUNS unprofiled pulls by a new device (wall and the
 * process's CPU: min and median), then writes pull.cpuprofile (one more pull, profiled) and prints its
 * CPU time (docs/performance.md). The server and the client share the process, as in the bench.
 */
import { clearinghouseSide } from './clearinghouse-side.ts';
import { profiled } from './profiled.ts';
import { makeDoc } from './workload.ts';

const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 500);
const RUNS = Number(process.env.BENCH_PULL_RUNS ?? 5);
const side = await clearinghouseSide();
const docs = Array.from({ length: SUBMISSIONS }, (_, i) => makeDoc('BEN', i));
await side.client().pushAll(docs.flatMap(side.create));
// One unmeasured pull first: the bench's figure is the best of three, so compare warm with warm.
await side.client().pullAll();
const walls: number[] = [];
const cpus: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await side.client().pullAll();
  walls.push(performance.now() - t0);
  const cpu = process.cpuUsage(cpu0);
  cpus.push((cpu.user + cpu.system) / 1000);
}
const summary = (list: number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  return `min ${sorted[0]!.toFixed(0)} / median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms`;
};
console.log(`${RUNS} pulls by a new device: wall ${summary(walls)}, CPU ${summary(cpus)}`);
const { result: pulled, ms, cpu } = await profiled('pull.cpuprofile', () => side.client().pullAll());
console.log(
  `${pulled} records pulled in ${ms.toFixed(0)} ms, CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms (profiled: slower than the bench)`,
);
await side.close();
