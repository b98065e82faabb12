/**
 * The server's push path alone, profiled: `pnpm --filter @clearinghouse/bench exec tsx src/profile-push.ts`
 * writes push.cpuprofile (only the push, not the set-up) and prints the heaviest functions
 * (docs/performance.md). The server and the client share the process, as in the bench.
 */
import { clearinghouseSide } from './clearinghouse-side.ts';
import { profiled } from './profiled.ts';
import { makeDoc } from './workload.ts';

const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 500);
// The bench keeps the best of three runs in one process, i.e. a warm one: the first push (cold code,
// nothing compiled yet) is run unprofiled on a server of its own, unless BENCH_COLD=1.
if (process.env.BENCH_COLD !== '1') {
  const warmUp = await clearinghouseSide();
  await warmUp.client().pushAll(Array.from({ length: SUBMISSIONS }, (_, i) => makeDoc('BEN', i)).flatMap(warmUp.create));
  await warmUp.close();
}
const side = await clearinghouseSide();
const docs = Array.from({ length: SUBMISSIONS }, (_, i) => makeDoc('BEN', i));
const mutations = docs.flatMap(side.create);
const { result: applied, ms, cpu } = await profiled('push.cpuprofile', () => side.client().pushAll(mutations));
console.log(`CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms (system ${(cpu.system / 1000).toFixed(0)})`);
console.log(`${applied} mutations applied in ${ms.toFixed(0)} ms (profiled: slower than the bench)`);
await side.close();
