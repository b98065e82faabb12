/**
 * The server's pull path for a new device, profiled: `pnpm --filter @clearinghouse/bench exec tsx src/profile-pull.ts`
 * pushes the bench's data first, then writes pull.cpuprofile (only the pull) and prints its CPU time
 * (docs/performance.md). The server and the client share the process, as in the bench.
 */
import { clearinghouseSide } from './clearinghouse-side.ts';
import { profiled } from './profiled.ts';
import { makeDoc } from './workload.ts';

const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 500);
const side = await clearinghouseSide();
const docs = Array.from({ length: SUBMISSIONS }, (_, i) => makeDoc('BEN', i));
await side.client().pushAll(docs.flatMap(side.create));
// One unprofiled pull first: the bench's figure is the best of three, so compare warm with warm.
await side.client().pullAll();
const { result: pulled, ms, cpu } = await profiled('pull.cpuprofile', () => side.client().pullAll());
console.log(
  `${pulled} records pulled in ${ms.toFixed(0)} ms, CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms (profiled: slower than the bench)`,
);
await side.close();
