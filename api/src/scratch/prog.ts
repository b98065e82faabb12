import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { constants, crc32, deflateRaw } from 'node:zlib';
import { openSqlite } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { loadReferenceData } from '../bootstrap.ts';
import { recordsRepo } from '../db/repositories/records.ts';
import { testKeyring } from '../services/keyring.ts';
import { syncPushService } from '../services/sync/push.ts';
import { syncPullService, pullAnswerJson } from '../services/sync/pull.ts';
import { gzipInPieces } from '../http/json-answer.ts';
import { uuidv7 } from '@clearinghouse/shared';
import { accountService } from '../services/accounts.ts';
import { makeDoc } from '../../../bench/src/workload.ts';
const deflateRawAsync = promisify(deflateRaw);
const dataDir = mkdtempSync(join(tmpdir(), 'ch-scratch-'));
const { db } = openSqlite(dataDir);
await migrateToLatest(db);
const now = () => new Date();
await loadReferenceData(db, now);
const keyring = testKeyring();
const created = (await accountService(db, now).createUser({ email: 'b@example.org', role: 'focal_point', entityId: 'BEN', password: 'benchmark passphrase 2026' })) as any;
const user = { id: created.id ?? created, email: 'b@example.org', role: 'focal_point' as const, entityId: 'BEN' };
const pushes = syncPushService(db, keyring, now);
const clientId = uuidv7(); let mid = 0;
const docs = Array.from({ length: 500 }, (_, i) => makeDoc('BEN', i));
const muts = docs.flatMap((d) => [{ table: 'submissions', id: d.submission.id, op: 'upsert', baseVersion: null, fields: d.submission }, ...d.items.map((it) => ({ table: 'items', id: it.id, op: 'upsert', baseVersion: null, fields: it }))]);
for (let i = 0; i < muts.length; i += 200) await pushes.push(user as any, { clientId, protocol: 1, mutations: muts.slice(i, i + 200).map((m) => ({ ...m, mid: ++mid })) } as any);
const records = recordsRepo(db, keyring);
const pulls = syncPullService(db, keyring);

async function current() {
  let cursor: string | undefined; let bytes = 0;
  for (;;) { const p = await pulls.pull(user as any, cursor, 500); const b = Buffer.from(pullAnswerJson(p)); const z = await gzipInPieces(b, Math.max(1, Math.min(2, Math.floor(b.length / (128 * 1024))))); bytes += z.length; if (!p.hasMore) break; cursor = p.cursor; }
  return bytes;
}
const PIECE = Number(process.env.PIECE ?? 192) * 1024;
async function progressive() {
  let after = 0; let bytes = 0;
  for (;;) {
    if (after > (await records.maxSeq())) throw new Error();
    const rows = await records.changes({ entityId: 'BEN' }, after, 501);
    const page = rows.slice(0, 500);
    const pieces: Promise<Buffer>[] = []; let parts: string[] = ['{"changes":[']; let pending = 12; let crc = 0; let length = 0; let prev: Buffer | null = null;
    const flush = (final: boolean) => {
      const b = Buffer.from(parts.join('')); parts = []; pending = 0; crc = crc32(b, crc); length += b.length;
      pieces.push(deflateRawAsync(b, { memLevel: 9, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH, ...(prev ? { dictionary: prev.subarray(Math.max(0, prev.length - 32768)) } : {}) }));
      prev = b;
    };
    page.forEach((r, i) => {
      const rec = r.deleted ? 'null' : r.sealed === null ? r.doc : `${r.doc.slice(0, -1)},${keyring.open(r.sealed).slice(1)}`;
      const t = `${i ? ',' : ''}{"table":${JSON.stringify(r.table)},"id":${JSON.stringify(r.id)},"version":${r.version},"deleted":${r.deleted},"record":${rec}}`;
      parts.push(t); pending += t.length; if (pending >= PIECE) flush(false);
    });
    const hasMore = rows.length > 500; after = page.at(-1)!.seq;
    parts.push(`],"conflicts":[],"cursor":"${Buffer.from(JSON.stringify({ v: 1, s: after })).toString('base64url')}","hasMore":${hasMore}}`);
    flush(true);
    const trailer = Buffer.alloc(8); trailer.writeUInt32LE(crc, 0); trailer.writeUInt32LE(length, 4);
    bytes += 10 + (await Promise.all(pieces)).reduce((a, b) => a + b.length, 0) + 8;
    if (!hasMore) break;
  }
  return bytes;
}
const res: Record<string, number[]> = { current: [], progressive: [] };
for (let r = 0; r < 6; r++) for (const [name, f] of [['current', current], ['progressive', progressive]] as const) {
  const t0 = performance.now(); const b = await f(); res[name]!.push(Math.round(performance.now() - t0)); if (r === 0) console.log(name, (b / 1024).toFixed(1), 'KiB');
}
console.log(res);
await db.destroy();
