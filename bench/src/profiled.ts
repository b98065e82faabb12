import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

/**
 * Runs `work` under the V8 profiler, writes the profile to `file` (open it in Chrome's DevTools or
 * summarise it with top-functions.mjs) and says how long it took and how much CPU it used.
 */
export async function profiled<T>(file: string, work: () => Promise<T>): Promise<{ result: T; ms: number; cpu: NodeJS.CpuUsage }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  // BENCH_PROFILE_US: the sampling interval (V8's default 1,000 µs gives ~300 samples for a push).
  if (process.env.BENCH_PROFILE_US) await session.post('Profiler.setSamplingInterval', { interval: Number(process.env.BENCH_PROFILE_US) });
  await session.post('Profiler.start');
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const result = await work();
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(file, JSON.stringify(profile));
  session.disconnect();
  return { result, ms, cpu };
}
