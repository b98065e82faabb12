import { clearinghouseSide } from './clearinghouse-side.ts';
import { profiled } from './profiled.ts';
import { makeDoc } from './workload.ts';
const side = await clearinghouseSide();
const docs = Array.from({ length: 500 }, (_, i) => makeDoc('BEN', i));
await side.client().pushAll(docs.flatMap(side.create));
async function pullAll() {
  let cursor = '';
  for (let r = 0; r < 5; r++) for (;;) {
    const res = await fetch(`${side.http.url}/api/sync/pull?limit=500${cursor ? `&cursor=${cursor}` : ''}`, { headers: { cookie: side.cookie, 'accept-encoding': 'identity' } });
    const page = JSON.parse(await res.text()); cursor = page.cursor; if (!page.hasMore) { cursor = ''; break; }
  }
}
await pullAll();
const { ms } = await profiled('/tmp/pullx/id.cpuprofile', pullAll);
console.log(ms);
await side.close(); process.exit(0);
