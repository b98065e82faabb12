/**
 * `pnpm bench` (sync part): the same workload through the clearinghouse protocol and through PouchDB
 * replicating to express-pouchdb, with the PouchDB server keeping its data in memory (keeps nothing)
 * and on disk (LevelDB, the durable peer), in one process, on loopback. Prints bytes on the wire (both
 * directions, headers included), HTTP requests and wall time for each, the ratio against the on-disk
 * peer, and the target of each figure.
 */
import { loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { clearinghouseSide } from './clearinghouse-side.ts';
import { pouchSide, type PouchStorage } from './pouchdb-side.ts';
import { makeDoc } from './workload.ts';

const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 500);
/** Each side runs the whole scenario this many times and keeps its best time per workload: the machine is shared. */
const REPEAT = Number(process.env.BENCH_REPEAT ?? 3);

interface Figures {
  bytes: number;
  requests: number;
  ms: number;
}
type Workload = 'push' | 'pull' | 'edit' | 'edits';
type Results = Record<Workload, Figures>;

async function measure(http: { snapshot(): { bytes: number; requests: number } }, work: () => Promise<unknown>): Promise<Figures> {
  const before = http.snapshot();
  const t0 = performance.now();
  await work();
  const ms = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 50)); // let sockets report their last bytes
  const after = http.snapshot();
  return { bytes: after.bytes - before.bytes, requests: after.requests - before.requests, ms };
}

async function ours(): Promise<{ results: Results; pulled: number }> {
  const side = await clearinghouseSide();
  const laptop = side.client();
  const docs = Array.from({ length: SUBMISSIONS }, (_, i) => makeDoc('BEN', i));
  const results = {} as Results;
  results.push = await measure(side.http, async () => {
    const applied = await laptop.pushAll(docs.flatMap(side.create));
    if (applied !== docs.length * 9) throw new Error(`only ${applied} mutations applied`);
  });
  results.edit = await measure(side.http, () =>
    laptop.push([
      {
        table: 'items',
        id: docs[0]!.items[0]!.id as string,
        op: 'upsert',
        baseVersion: 1,
        fields: { title: 'Implementing act (amended)' },
      },
    ]),
  );
  results.edits = await measure(side.http, () =>
    laptop.push(
      docs.slice(0, 100).map((d) => ({
        table: 'items' as const,
        id: d.items[1]!.id as string,
        op: 'upsert' as const,
        baseVersion: 1,
        fields: { status: 'resolved' },
      })),
    ),
  );
  let pulled = 0;
  results.pull = await measure(side.http, async () => (pulled = await side.client().pullAll()));
  await side.close();
  return { results, pulled };
}

async function pouch(storage: PouchStorage): Promise<{ results: Results; pulled: number }> {
  const side = await pouchSide(storage);
  const local = side.local('laptop');
  const docs = Array.from({ length: SUBMISSIONS }, (_, i) => side.asDoc(makeDoc('BEN', i)));
  const results = {} as Results;
  await local.bulkDocs(docs);
  results.push = await measure(side.http, async () => {
    const r = await local.replicate.to(side.remote());
    if (r.docs_written !== docs.length) throw new Error(`only ${r.docs_written} documents written`);
  });
  results.edit = await measure(side.http, async () => {
    const doc = await local.get(docs[0]!._id);
    doc.items[0].title = 'Implementing act (amended)';
    await local.put(doc);
    await local.replicate.to(side.remote());
  });
  results.edits = await measure(side.http, async () => {
    const all = await local.allDocs({ include_docs: true, keys: docs.slice(0, 100).map((d) => d._id) });
    await local.bulkDocs(
      all.rows.map((r: { doc: { items: { status?: string }[] } }) => ({
        ...r.doc,
        items: r.doc.items.map((it, j) => (j === 1 ? { ...it, status: 'resolved' } : it)),
      })),
    );
    await local.replicate.to(side.remote());
  });
  let pulled = 0;
  results.pull = await measure(side.http, async () => {
    const r = await side.local('phone').replicate.from(side.remote());
    pulled = r.docs_written;
  });
  await side.close();
  return { results, pulled };
}

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
/**
 * Between two sides: the previous side's heap is collected and its background work (LevelDB's
 * compaction threads) given a moment, so that neither is billed to the side that runs next.
 */
async function settle() {
  collectGarbage();
  await new Promise((r) => setTimeout(r, 500));
}

/** Runs every side in turn, REPEAT times, keeping each workload's fastest run (bytes do not vary). */
async function bestOf() {
  const runs: Record<'ours' | 'memory' | 'leveldb', { results: Results; pulled: number }[]> = { ours: [], memory: [], leveldb: [] };
  for (let i = 0; i < REPEAT; i++) {
    await settle();
    runs.ours.push(await ours());
    await settle();
    runs.memory.push(await pouch('memory'));
    await settle();
    runs.leveldb.push(await pouch('leveldb'));
  }
  const best = (list: { results: Results; pulled: number }[]) => {
    const results = {} as Results;
    for (const w of Object.keys(list[0]!.results) as Workload[])
      results[w] = list.map((r) => r.results[w]).reduce((x, y) => (y.ms < x.ms ? y : x));
    return { results, pulled: list[0]!.pulled };
  };
  return { a: best(runs.ours), mem: best(runs.memory), disk: best(runs.leveldb) };
}

const load = loadavg()
  .map((x) => x.toFixed(2))
  .join(' ');
const { a, mem, disk } = await bestOf();

const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
const time = (f: Figures) => `${f.ms.toFixed(0)} ms`;
const rate = (f: Figures) => `${Math.round((SUBMISSIONS / f.ms) * 1000)} subm./s`;
const faster = (ours: Figures, peer: Figures) => peer.ms / ours.ms;
const fewer = (ours: Figures, peer: Figures) => peer.bytes / ours.bytes;
const cell = (f: Figures, extra = '') => `${time(f)}, ${kib(f.bytes)}, ${f.requests} req.${extra}`;
/** The one-field edit's target is in bytes (≤ 1/20 of the peer's), so it is printed to the byte. */
const bytesCell = (f: Figures) => `${time(f)}, ${f.bytes} B, ${f.requests} req.`;
const met = (ok: boolean) => (ok ? 'met' : 'NOT MET');

console.log(`\nSync: the clearinghouse protocol (SQLite on disk, synchronous=FULL) vs PouchDB → express-pouchdb`);
console.log(
  `Data: ${SUBMISSIONS} submissions × 8 elements (9.8 KiB each); best of ${REPEAT} runs each; load average at start ${load} (2 cores)`,
);
console.log(`Pulled: ours ${a.pulled} records (submissions + elements); PouchDB ${disk.pulled} documents (elements embedded)\n`);
const r = a.results;
const d = disk.results;
const m = mem.results;
console.table([
  {
    workload: `push all ${SUBMISSIONS} submissions`,
    ours: cell(r.push, `, ${rate(r.push)}`),
    'PouchDB memory': cell(m.push, `, ${rate(m.push)}`),
    'PouchDB on disk': cell(d.push, `, ${rate(d.push)}`),
    'vs on disk': `${faster(r.push, d.push).toFixed(1)}× faster`,
    target: `≥ 1× (aim 3×): ${met(faster(r.push, d.push) >= 1)}`,
  },
  {
    workload: 'initial pull, new device',
    ours: cell(r.pull),
    'PouchDB memory': cell(m.pull),
    'PouchDB on disk': cell(d.pull),
    'vs on disk': `${faster(r.pull, d.pull).toFixed(1)}× faster, ${fewer(r.pull, d.pull).toFixed(1)}× fewer bytes`,
    target: `≥ 2× faster, bytes ≤: ${met(faster(r.pull, d.pull) >= 2 && r.pull.bytes <= d.pull.bytes)}`,
  },
  {
    workload: 'one-field edit',
    ours: bytesCell(r.edit),
    'PouchDB memory': bytesCell(m.edit),
    'PouchDB on disk': bytesCell(d.edit),
    'vs on disk': `${fewer(r.edit, d.edit).toFixed(1)}× fewer bytes`,
    target: `≥ 20× fewer bytes: ${met(fewer(r.edit, d.edit) >= 20)}`,
  },
  {
    workload: '100 edits, one sync',
    ours: cell(r.edits),
    'PouchDB memory': cell(m.edits),
    'PouchDB on disk': cell(d.edits),
    'vs on disk': `${fewer(r.edits, d.edits).toFixed(1)}× fewer bytes, ${faster(r.edits, d.edits).toFixed(1)}× faster`,
    target: '(none)',
  },
]);
process.exit(0);
