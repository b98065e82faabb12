import { clearinghouseSide } from './clearinghouse-side.ts';
import { makeDoc } from './workload.ts';
const side = await clearinghouseSide();
const docs = Array.from({ length: 500 }, (_, i) => makeDoc('BEN', i));
await side.client().pushAll(docs.flatMap(side.create));
const LIMIT = Number(process.env.LIMIT ?? 500);
for (let run = 0; run < 3; run++) {
  let cursor = ''; const t0 = performance.now(); const rows: string[] = [];
  for (;;) {
    const a = performance.now();
    const res = await fetch(`${side.http.url}/api/sync/pull?limit=${LIMIT}${cursor ? `&cursor=${cursor}` : ''}`, { headers: { cookie: side.cookie, 'accept-encoding': process.env.AE ?? 'gzip' } });
    const b = performance.now();
    const text = await res.text();
    const c = performance.now();
    const page = JSON.parse(text);
    const d = performance.now();
    rows.push(`headers ${(b - a).toFixed(1)} body ${(c - b).toFixed(1)} parse ${(d - c).toFixed(1)}`);
    cursor = page.cursor; if (!page.hasMore) break;
  }
  console.log(`total ${(performance.now() - t0).toFixed(0)} ms`); if (run === 2) console.log(rows.join('\n'));
}
await side.close(); process.exit(0);
