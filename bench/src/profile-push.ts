/**
 * The server's push path alone, profiled: `pnpm --filter @clearinghouse/bench exec tsx src/profile-push.ts`
 * writes push.cpuprofile (only the push, not the set-up) and prints the heaviest functions
 * (docs/performance.md). The server and the client share the process, as in the bench.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { clearinghouseSide } from './clearinghouse-side.ts';
import { makeDoc } from './workload.ts';

const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 500);
const side = await clearinghouseSide();
const docs = Array.from({ length: SUBMISSIONS }, (_, i) => makeDoc('BEN', i));
const mutations = docs.flatMap(side.create);
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.start');
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const applied = await side.client().pushAll(mutations);
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
console.log(`CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms (system ${(cpu.system / 1000).toFixed(0)})`);
const { profile } = await session.post('Profiler.stop');
writeFileSync('push.cpuprofile', JSON.stringify(profile));
console.log(`${applied} mutations applied in ${ms.toFixed(0)} ms (profiled: slower than the bench)`);
await side.close();
