/**
 * `pnpm bench` (load part): 100 devices pushing and pulling against the real server (SQLite on disk,
 * fsync on) on loopback for 60 s (BENCH_LOAD_SECONDS, BENCH_LOAD_DEVICES), while three other devices keep
 * running the worst merges reported (1,500 identical lines edited by three devices; 800 paragraphs
 * separated by blank lines) and a health check runs every 100 ms. Two runs, each on a fresh server:
 *
 * 1. **Paced like the app** (the target's figure): each device syncs (push, then pull until up to date)
 *    at most once per 2 s, as the web app does while a person edits without a pause: a change is synced
 *    2 s after it (CHANGE_DELAY_MS), a sync due during another starts right after it. So 100 devices
 *    ask for at most ~50 syncs a second, and a sync that is slow makes its device ask sooner, never
 *    later. The model is spelled out in load-devices.ts.
 * 2. **Saturated closed loop**: each device pushes and pulls again the moment its previous pull
 *    returned, as this bench did before. It measures throughput; its latency is the queue 100 clients
 *    build in front of a busy server by construction (p50 ≈ 100 devices ÷ syncs per second), so it has
 *    no latency target.
 *
 * The devices run in a worker thread (BENCH_LOAD_CLIENTS=inline puts them in the server's thread, as
 * before), so the server's event loop serves requests only, as a server with separate clients does;
 * they still share the machine's two cores with it. Prints per kind of request: answered, errors,
 * p50/p99/max; how many changes and how much JSON a pull carried; the server's event-loop use and its
 * longest delay; the process's CPU (server and devices) in cores. BENCH_LOAD_MODES=paced or saturated
 * runs one of the two.
 */
import { loadavg } from 'node:os';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { GROUP_MAX_AGE_MS } from '@clearinghouse/api/src/db/sqlite-driver.ts';
import { clearinghouseSide } from './clearinghouse-side.ts';
import { firstMessage, tsWorker } from './in-worker.ts';
import { KINDS, runDevices, type DevicesOptions, type DevicesResult, type Kind } from './load-devices.ts';

const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 60);
const DEVICES = Number(process.env.BENCH_LOAD_DEVICES ?? 100);
const INLINE = process.env.BENCH_LOAD_CLIENTS === 'inline';
const MODES = (process.env.BENCH_LOAD_MODES ?? 'paced,saturated').split(',') as ('paced' | 'saturated')[];

const percentile = (list: number[], p: number) => {
  const sorted = [...list].sort((x, y) => x - y);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;
};
const ms = (x: number) => `${x.toFixed(0)} ms`;
const loadNow = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

interface Run extends DevicesResult {
  loadAtStart: string;
  wallSeconds: number;
  serverBusy: number;
  loopMaxMs: number;
  loopP99Ms: number;
  cores: number;
}

async function run(paced: boolean): Promise<Run> {
  const loadAtStart = loadNow();
  const side = await clearinghouseSide();
  const options: DevicesOptions = { url: side.http.url, cookie: side.cookie, devices: DEVICES, seconds: SECONDS, paced };
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const elu0 = performance.eventLoopUtilization();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = INLINE
    ? await runDevices(options)
    : await firstMessage<DevicesResult>(tsWorker(new URL('./load-worker.ts', import.meta.url), options));
  const wallSeconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const serverBusy = performance.eventLoopUtilization(elu0).utilization;
  loop.disable();
  await side.close();
  return {
    ...result,
    loadAtStart,
    wallSeconds,
    serverBusy,
    loopMaxMs: loop.max / 1e6,
    loopP99Ms: loop.percentile(99) / 1e6,
    cores: (cpu.user + cpu.system) / 1e6 / wallSeconds,
  };
}

const where = INLINE
  ? "devices in the server's thread (BENCH_LOAD_CLIENTS=inline): their work delays the server's event loop"
  : "devices in a worker thread: the server's event loop serves requests only; both share the machine's 2 cores";

function footer(r: Run) {
  const kib = (b: number) => `${(b / 1024).toFixed(0)} KiB`;
  console.log(
    `A pull request carried p50 ${percentile(r.pulledChanges, 50)} / p99 ${percentile(r.pulledChanges, 99)} changes, ` +
      `${kib(percentile(r.pulledJsonBytes, 50))} / ${kib(percentile(r.pulledJsonBytes, 99))} of JSON before gzip (the other devices' edits and the merges' long texts).`,
  );
  console.log(
    `Server event loop busy ${(100 * r.serverBusy).toFixed(0)} % of the time, longest delay ${ms(r.loopMaxMs)} (p99 ${ms(r.loopP99Ms)}); ` +
      `the process (server${INLINE ? ' and devices' : ', devices and their worker'}) used ${r.cores.toFixed(2)} of the 2 cores.`,
  );
  if (r.firstError) console.log(`First error: ${r.firstError}`);
}

const row = (r: Run, kind: Kind) => ({
  requests: kind,
  answered: r.samples[kind].length,
  errors: r.errors[kind],
  p50: ms(percentile(r.samples[kind], 50)),
  p99: ms(percentile(r.samples[kind], 99)),
  max: ms(Math.max(...r.samples[kind])),
});

let failed = false;
for (const mode of MODES) {
  const r = await run(mode === 'paced');
  failed ||= Object.values(r.errors).some((n) => n > 0);
  const group = `SQLite group commit limit ${process.env.BENCH_GROUP_MS || GROUP_MAX_AGE_MS} ms`;
  if (mode === 'paced') {
    console.log(
      `\nLoad, paced like the app: ${DEVICES} devices, each syncing (push, then pull) at most once per 2 s of editing, ` +
        `for ${SECONDS} s on loopback; worst merges meanwhile (one round per 2 s); ${where}; ${group} (load average at start ${r.loadAtStart}, 2 cores)\n`,
    );
    /** Targets: no error anywhere; push and pull p99 under 1 s (the merges and health have none). */
    const target = (kind: Kind) => {
      const clean = r.errors[kind] === 0;
      if (kind !== 'push' && kind !== 'pull') return clean ? 'no error: met' : 'no error: NOT MET';
      return `no error, p99 < 1 s: ${clean && percentile(r.samples[kind], 99) < 1000 ? 'met' : 'NOT MET'}`;
    };
    console.table(KINDS.map((kind) => ({ ...row(r, kind), target: target(kind) })));
    console.log(
      `Syncs: ${r.samples.push.length} in ${SECONDS} s, ${(r.samples.push.length / SECONDS).toFixed(1)} a second (the devices ask for at most ${DEVICES / 2}).`,
    );
  } else {
    console.log(
      `\nLoad, saturated closed loop (not how devices behave): ${DEVICES} devices pushing and pulling with no pause for ${SECONDS} s, ` +
        `worst merges with no pause; throughput is the figure, latency is the queue the loop builds by construction (no target); ${where}; ${group} (load average at start ${r.loadAtStart}, 2 cores)\n`,
    );
    console.table(
      KINDS.map((kind) => ({
        ...row(r, kind),
        'per second': (r.samples[kind].length / SECONDS).toFixed(1),
        target: r.errors[kind] === 0 ? 'no error: met' : 'no error: NOT MET',
      })),
    );
  }
  footer(r);
}
process.exit(failed ? 1 : 0);
