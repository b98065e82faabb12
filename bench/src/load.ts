/**
 * `pnpm bench` (load part): 100 devices pushing and pulling against the real server on loopback for
 * 60 s (BENCH_LOAD_SECONDS to change it), while three other devices keep running the worst merges
 * reported (1,500 identical lines edited by three devices; 800 paragraphs separated by blank lines).
 * Prints requests, errors and p50/p99/max latency per kind, and the server's longest event-loop delay.
 * The devices and the server share one process, so latencies include the client's own work: a
 * conservative figure.
 */
import { loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { uuidv7, type Mutation } from '@clearinghouse/shared';
import { GROUP_MAX_AGE_MS } from '@clearinghouse/api/src/db/sqlite-driver.ts';
import { clearinghouseSide } from './clearinghouse-side.ts';

const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 60);
const DEVICES = Number(process.env.BENCH_LOAD_DEVICES ?? 100);

type Kind = 'push' | 'pull' | 'merge push' | 'health';
const samples: Record<Kind, number[]> = { push: [], pull: [], 'merge push': [], health: [] };
const errors: Record<Kind, number> = { push: 0, pull: 0, 'merge push': 0, health: 0 };

async function timed<T>(kind: Kind, work: () => Promise<T>): Promise<T | undefined> {
  const t0 = performance.now();
  try {
    const result = await work();
    samples[kind].push(performance.now() - t0);
    return result;
  } catch {
    errors[kind]++;
    return undefined;
  }
}

const loadAtStart = loadavg()
  .map((x) => x.toFixed(2))
  .join(' ');
const side = await clearinghouseSide();
const deadline = performance.now() + SECONDS * 1000;
const running = () => performance.now() < deadline;

/** One device: its own submission and element, then edit-push and pull in a loop. */
async function device(n: number) {
  const client = side.client();
  const submission = uuidv7();
  const item = uuidv7();
  await client.push([
    { table: 'submissions', id: submission, op: 'upsert', baseVersion: null, fields: { entityId: 'BEN', title: `Device ${n}` } },
    {
      table: 'items',
      id: item,
      op: 'upsert',
      baseVersion: null,
      fields: { submissionId: submission, category: 'obstacle', title: 'An obstacle', position: 'a0' },
    },
  ]);
  let version = 1;
  let round = 0;
  let cursor = '';
  // A device pulls what changed since its own cursor, as the app does.
  const pull = async () => {
    for (;;) {
      const res = await fetch(`${side.http.url}/api/sync/pull?limit=500${cursor ? `&cursor=${cursor}` : ''}`, {
        headers: { cookie: side.cookie, 'accept-encoding': 'gzip' },
      });
      if (res.status !== 200) throw new Error(`pull ${res.status}`);
      const page = (await res.json()) as { cursor: string; hasMore: boolean };
      cursor = page.cursor;
      if (!page.hasMore) return;
    }
  };
  while (running()) {
    const answer = await timed('push', () =>
      client.push([{ table: 'items', id: item, op: 'upsert', baseVersion: version, fields: { description: `Round ${++round}` } }]),
    );
    version = answer?.results[0]?.version ?? version;
    await timed('pull', pull);
  }
}

/** Three devices editing one long text from the same base, over and over: the merges that froze the server. */
async function worstMerges(a: ReturnType<typeof side.client>, submission: string) {
  const texts = [
    'The same sentence, again.\n'.repeat(1500),
    Array.from({ length: 800 }, (_, i) => `Paragraph ${i}. ${'Some words of the narrative. '.repeat(4)}\n\n`).join(''),
  ];
  const [b, c] = [side.client(), side.client()];
  for (let round = 0; running(); round++) {
    const text = texts[round % texts.length]!;
    const lines = text.split('\n');
    const edit = (at: number, by: string) => lines.map((l, i) => (i === at ? by : l)).join('\n');
    const id = uuidv7();
    await a.push([
      {
        table: 'items',
        id,
        op: 'upsert',
        baseVersion: null,
        fields: { submissionId: submission, category: 'obstacle', title: 'Long', position: 'a0', description: text },
      },
    ]);
    const push = (client: typeof a, description: string): Promise<unknown> =>
      client.push([{ table: 'items', id, op: 'upsert', baseVersion: 1, fields: { description } } as Omit<Mutation, 'mid'>]);
    await timed('merge push', () => push(a, edit(10, 'first device')));
    await timed('merge push', () => push(b, edit(Math.floor(lines.length / 2), 'second device')));
    await timed('merge push', () => push(c, edit(lines.length - 10, 'third device')));
  }
}

async function health() {
  while (running()) {
    await timed('health', async () => {
      const res = await fetch(`${side.http.url}/api/health`);
      if (res.status !== 200) throw new Error(String(res.status));
      await res.arrayBuffer();
    });
    await new Promise((r) => setTimeout(r, 100));
  }
}

const merger = side.client();
const mergeSubmission = uuidv7();
await merger.push([
  { table: 'submissions', id: mergeSubmission, op: 'upsert', baseVersion: null, fields: { entityId: 'BEN', title: 'Merges' } },
]);
const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();
await Promise.all([...Array.from({ length: DEVICES }, (_, i) => device(i)), worstMerges(merger, mergeSubmission), health()]);
loop.disable();
await side.close();

const percentile = (list: number[], p: number) => {
  const sorted = [...list].sort((x, y) => x - y);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;
};
const ms = (x: number) => `${x.toFixed(0)} ms`;
console.log(
  `\nLoad: ${DEVICES} devices pushing and pulling for ${SECONDS} s on loopback, worst merges running meanwhile; SQLite group commit limit ${process.env.BENCH_GROUP_MS || GROUP_MAX_AGE_MS} ms (load average at start ${loadAtStart}, 2 cores)\n`,
);
/** Targets: no error anywhere; push and pull p99 under 1 s (the merges and health have none). */
const targetOf = (kind: Kind) => {
  const p99 = percentile(samples[kind], 99);
  const clean = errors[kind] === 0;
  if (kind !== 'push' && kind !== 'pull') return clean ? 'no error: met' : 'no error: NOT MET';
  return `no error, p99 < 1 s: ${clean && p99 < 1000 ? 'met' : 'NOT MET'}`;
};
console.table(
  (Object.keys(samples) as Kind[]).map((kind) => ({
    requests: kind,
    answered: samples[kind].length,
    errors: errors[kind],
    p50: ms(percentile(samples[kind], 50)),
    p99: ms(percentile(samples[kind], 99)),
    max: ms(Math.max(...samples[kind])),
    target: targetOf(kind),
  })),
);
console.log(`Longest event-loop delay: ${ms(loop.max / 1e6)} (p99 ${ms(loop.percentile(99) / 1e6)})`);
process.exit(Object.values(errors).some((n) => n > 0) ? 1 : 0);
