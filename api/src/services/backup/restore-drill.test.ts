import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { countRows, tablesToCopy } from '../../db/table-copy.ts';
import { testDatabaseUrl, type TestContext } from '../../test/harness.ts';
import { openInstance } from '../../test/instance.ts';
import { runCli } from '../../test/server-process.ts';
import { device, newItem, newSubmission } from '../../test/sync-helpers.ts';

const CANARY = `RESTORE-DRILL-CONFIDENTIAL-${randomBytes(4).toString('hex')}`;

/**
 * The restore drill of docs/operations.md, run as an operator would: a populated instance (seeded
 * through the API), `pnpm cli backup` while it runs, `pnpm cli restore` into a fresh one, then counts,
 * hashes, sign-in, pull and a confidential element read with the key that was kept apart.
 */
describe('backup and restore', { timeout: 90_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'ch-drill-'));
  const source = { dataDir: join(dir, 'source'), databaseUrl: null as string | null };
  const restored = { dataDir: join(dir, 'restored'), databaseUrl: null as string | null };
  const archive = join(dir, 'backups', 'clearinghouse.tar.gz');
  const pdf = randomBytes(200_000);
  const sha = createHash('sha256').update(pdf).digest('hex');
  let itemId = '';
  let keyId = '';
  let sourceCounts: Record<string, number> = {};

  beforeAll(async () => {
    source.databaseUrl = await testDatabaseUrl();
    restored.databaseUrl = await testDatabaseUrl();
    const live = await openInstance(source.dataDir, source.databaseUrl);
    keyId = live.keyring.currentKeyId;
    await live.createUser('ben@example.org', 'focal_point', 'BEN');
    const ben = await device(live as unknown as TestContext, 'ben@example.org');
    const put = await live.request(`/api/blobs/${sha}`, {
      method: 'PUT',
      cookie: ben.cookie,
      body: new Uint8Array(pdf),
      headers: { 'content-type': 'application/pdf' },
    });
    expect(put.status).toBeLessThan(300);
    const s = newSubmission('BEN');
    const item = newItem(s.id, 'legislation', {
      confidential: true,
      description: CANARY,
      attachments: [{ sha256: sha, name: 'law.pdf', type: 'application/pdf', size: pdf.length }],
    });
    itemId = item.id;
    const pushed = await ben.push([s, item, newItem(s.id, 'obstacle', { description: 'public obstacle' })]);
    expect(pushed.results.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied', 'applied']);

    // Taken while the instance is open, as on a running server.
    const backup = runCli(source, ['backup', '--out', archive]);
    expect(backup.code, backup.err).toBe(0);
    expect(backup.out).toContain(`sealed with key ${keyId}`);
    sourceCounts = await countRows(live.db, await tablesToCopy(live.db));
    await live.close();
  }, 90_000);

  it('keeps the key out of the archive', () => {
    const bytes = readFileSync(archive);
    expect(bytes.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b])); // gzip
    const key = readFileSync(join(source.dataDir, 'secret.key'), 'utf8').trim();
    const listing = runTar(['-tzf', archive]);
    expect(listing).not.toMatch(/secret\.key/);
    expect(runTar(['-xzOf', archive])).not.toContain(key);
  });

  it('restores into a fresh instance, says which key it needs, and the data reads back whole', async () => {
    const restore = runCli(restored, ['restore', '--from', archive]);
    expect(restore.code, restore.err).toBe(0);
    expect(restore.out).toMatch(/counts and hashes checked/);
    expect(restore.out).toContain(`It needs key ${keyId} to read its confidential values. No key is configured yet.`);
    // The operator puts back the key kept apart.
    copyFileSync(join(source.dataDir, 'secret.key'), join(restored.dataDir, 'secret.key'));

    const copy = await openInstance(restored.dataDir, restored.databaseUrl);
    try {
      expect(await countRows(copy.db, Object.keys(sourceCounts))).toEqual(sourceCounts);
      if (restored.databaseUrl) {
        // PostgreSQL keeps attachments in the database, where every API instance finds them.
        expect(await copy.db.selectFrom('blob_contents').select('size').where('sha256', '=', sha).executeTakeFirst()).toEqual({
          size: pdf.length,
        });
        expect(existsSync(join(restored.dataDir, 'blobs', sha.slice(0, 2), sha))).toBe(false);
      } else {
        const file = join(restored.dataDir, 'blobs', sha.slice(0, 2), sha);
        expect(existsSync(file)).toBe(true);
        expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(sha);
      }

      const ben = await device(copy as unknown as TestContext, 'ben@example.org');
      const { changes } = await ben.pullAll();
      expect(changes).toHaveLength(3);
      const secret = changes.find((c) => c.id === itemId);
      expect(secret.record).toMatchObject({ confidential: true, description: CANARY });
      const blob = await copy.request(`/api/blobs/${sha}`, { cookie: ben.cookie });
      expect(blob.status).toBe(200);
      expect(Buffer.from(await blob.arrayBuffer()).equals(pdf)).toBe(true);
      // A new push continues the history where the backup left it.
      const next = await ben.push([newItem(changes.find((c) => c.table === 'submissions').id, 'obstacle', { position: 'a5' })]);
      expect(next.results[0].status).toBe('applied');
    } finally {
      await copy.close();
    }
  });

  it('refuses to restore over an instance that holds data, and says so', () => {
    const again = runCli(restored, ['restore', '--from', archive]);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/not empty|already holds/);
    const missing = runCli({ dataDir: join(dir, 'other'), databaseUrl: null }, ['restore', '--from', join(dir, 'nope.tar.gz')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/There is no backup/);
    const nothing = runCli({ dataDir: join(dir, 'empty'), databaseUrl: null }, ['backup', '--out', join(dir, 'x.tar.gz')]);
    expect(nothing.code).toBe(1);
    expect(nothing.err).toMatch(/There is no database in/);
  });
});

function runTar(args: string[]): string {
  return execFileSync('tar', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}
