/**
 * `pnpm bench` (sync part): the same workload through the clearinghouse protocol and through PouchDB
 * replication to express-pouchdb, side by side in one process, on loopback. Prints bytes on the wire
 * (both directions, headers included), HTTP requests and wall time, with ratios.
 */
import { clearinghouseSide } from './clearinghouse-side.ts';
import { pouchSide } from './pouchdb-side.ts';
import { makeDoc } from './workload.ts';

interface Figures {
  bytes: number;
  requests: number;
  ms: number;
}

async function measure(http: { snapshot(): { bytes: number; requests: number } }, work: () => Promise<unknown>): Promise<Figures> {
  const before = http.snapshot();
  const t0 = performance.now();
  await work();
  const ms = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 50)); // let sockets report their last bytes
  const after = http.snapshot();
  return { bytes: after.bytes - before.bytes, requests: after.requests - before.requests, ms };
}

async function ours() {
  const side = await clearinghouseSide();
  const laptop = side.client();
  const results: Record<string, Figures> = {};
  const docs = Array.from({ length: 100 }, (_, i) => makeDoc('BEN', i));
  for (let i = 0; i < docs.length; i += 25) await laptop.push(docs.slice(i, i + 25).flatMap(side.create));
  results['one-field edit'] = await measure(side.http, () =>
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
  results['100 edits, one sync'] = await measure(side.http, () =>
    laptop.push(
      docs.map((d) => ({
        table: 'items' as const,
        id: d.items[1]!.id as string,
        op: 'upsert' as const,
        baseVersion: 1,
        fields: { status: 'resolved' },
      })),
    ),
  );
  const more = Array.from({ length: 400 }, (_, i) => makeDoc('BEN', 100 + i));
  for (let i = 0; i < more.length; i += 25) await laptop.push(more.slice(i, i + 25).flatMap(side.create));
  let pulled = 0;
  results['initial pull, 500 submissions'] = await measure(side.http, async () => (pulled = await side.client().pullAll()));
  await side.close();
  return { results, pulled };
}

async function pouch() {
  const side = await pouchSide();
  const local = side.local('laptop');
  const results: Record<string, Figures> = {};
  const docs = Array.from({ length: 100 }, (_, i) => side.asDoc(makeDoc('BEN', i)));
  await local.bulkDocs(docs);
  await local.replicate.to(side.remote());
  results['one-field edit'] = await measure(side.http, async () => {
    const doc = await local.get(docs[0]!._id);
    doc.items[0].title = 'Implementing act (amended)';
    await local.put(doc);
    await local.replicate.to(side.remote());
  });
  results['100 edits, one sync'] = await measure(side.http, async () => {
    const all = await local.allDocs({ include_docs: true });
    await local.bulkDocs(
      all.rows.map((r: { doc: { items: { status?: string }[] } }) => ({
        ...r.doc,
        items: r.doc.items.map((it, j) => (j === 1 ? { ...it, status: 'resolved' } : it)),
      })),
    );
    await local.replicate.to(side.remote());
  });
  await side.remoteDirect().bulkDocs(Array.from({ length: 400 }, (_, i) => side.asDoc(makeDoc('BEN', 100 + i))));
  let pulled = 0;
  results['initial pull, 500 submissions'] = await measure(side.http, async () => {
    const fresh = side.local('phone');
    const r = await fresh.replicate.from(side.remote());
    pulled = r.docs_written;
  });
  await side.close();
  return { results, pulled };
}

const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
const a = await ours();
const b = await pouch();
console.log(
  `\nSync: the clearinghouse protocol vs PouchDB → express-pouchdb (memory), same generated data (3 elements per submission, long narratives)`,
);
console.log(
  `Pulled: clearinghouse ${a.pulled} records (500 submissions + their elements); PouchDB ${b.pulled} documents (elements embedded)\n`,
);
const rows = Object.keys(a.results).map((name) => {
  const x = a.results[name]!;
  const y = b.results[name]!;
  return {
    workload: name,
    'bytes (ours)': kib(x.bytes),
    'bytes (PouchDB)': kib(y.bytes),
    'bytes ratio': `${(y.bytes / x.bytes).toFixed(1)}× fewer`,
    'requests (ours / PouchDB)': `${x.requests} / ${y.requests}`,
    'time (ours / PouchDB)': `${x.ms.toFixed(0)} ms / ${y.ms.toFixed(0)} ms`,
    'time ratio': `${(y.ms / x.ms).toFixed(1)}×`,
  };
});
console.table(rows);
process.exit(0);
