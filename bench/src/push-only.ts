/**
 * The push alone, several times on fresh servers: wall time and the process's CPU time of each, to
 * compare two versions of the server in the same minutes (docs/performance.md). BENCH_RUNS (5).
 */
import { loadavg } from 'node:os';
import { PerformanceObserver } from 'node:perf_hooks';
import { clearinghouseSide } from './clearinghouse-side.ts';
import { makeDoc } from './workload.ts';

const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 500);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const walls: number[] = [];
const cpus: number[] = [];
const gcs: number[] = [];
// Garbage collection on the main thread during each push (pauses, as V8 reports them).
let gcMs = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcMs += entry.duration;
}).observe({ entryTypes: ['gc'] });
console.log(
  `load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
for (let i = 0; i < RUNS; i++) {
  const side = await clearinghouseSide();
  const docs = Array.from({ length: SUBMISSIONS }, (_, k) => makeDoc('BEN', k));
  const mutations = docs.flatMap(side.create);
  const client = side.client();
  await new Promise((r) => setTimeout(r, 20));
  gcMs = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const applied = await client.pushAll(mutations);
  walls.push(performance.now() - t0);
  const cpu = process.cpuUsage(cpu0);
  await new Promise((r) => setTimeout(r, 0)); // the observer hears of the last collections
  gcs.push(gcMs);
  cpus.push((cpu.user + cpu.system) / 1000);
  if (applied !== mutations.length) throw new Error(`only ${applied} applied`);
  await side.close();
}
const fmt = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(' / ');
console.log(
  `wall ${fmt(walls)} ms (best ${Math.min(...walls).toFixed(0)}); CPU ${fmt(cpus)} ms (least ${Math.min(...cpus).toFixed(0)}); GC ${fmt(gcs)} ms`,
);
process.exit(0);
