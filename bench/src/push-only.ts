/**
 * The push alone, several times on fresh servers: wall time and the process's CPU time of each, to
 * compare two versions of the server in the same minutes (docs/performance.md). BENCH_RUNS (5).
 */
import { loadavg } from 'node:os';
import { clearinghouseSide } from './clearinghouse-side.ts';
import { makeDoc } from './workload.ts';

const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 500);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const walls: number[] = [];
const cpus: number[] = [];
console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
for (let i = 0; i < RUNS; i++) {
  const side = await clearinghouseSide();
  const docs = Array.from({ length: SUBMISSIONS }, (_, k) => makeDoc('BEN', k));
  const mutations = docs.flatMap(side.create);
  const client = side.client();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const applied = await client.pushAll(mutations);
  walls.push(performance.now() - t0);
  const cpu = process.cpuUsage(cpu0);
  cpus.push((cpu.user + cpu.system) / 1000);
  if (applied !== mutations.length) throw new Error(`only ${applied} applied`);
  await side.close();
}
const fmt = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(' / ');
console.log(`wall ${fmt(walls)} ms (best ${Math.min(...walls).toFixed(0)}); CPU ${fmt(cpus)} ms (least ${Math.min(...cpus).toFixed(0)})`);
process.exit(0);
