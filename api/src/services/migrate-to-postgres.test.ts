import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { countRows, tablesToCopy } from '../db/table-copy.ts';
import { TEST_DATABASE_URL, testDatabaseUrl, type TestContext } from '../test/harness.ts';
import { openInstance } from '../test/instance.ts';
import { runCli } from '../test/server-process.ts';
import { device, newItem, newSubmission, type Device } from '../test/sync-helpers.ts';

/**
 * `pnpm cli migrate-to-postgres`: an instance used on SQLite (records, history, a conflict, a publication,
 * sessions, audit) moves to PostgreSQL; devices carry on with their cursors and mutation ids.
 */
describe.skipIf(!TEST_DATABASE_URL)('moving from SQLite to PostgreSQL', { timeout: 90_000 }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ch-move-'));
  let url = '';
  let counts: Record<string, number> = {};
  let phone: Device;
  let laptop: Device;
  let cursor = '';
  let lastPush: { body: Record<string, unknown>[]; answer: unknown };
  let publishedTitle = '';
  const pdf = randomBytes(300_000);
  const pdfHash = createHash('sha256').update(pdf).digest('hex');

  beforeAll(async () => {
    url = (await testDatabaseUrl())!;
    const sqlite = await openInstance(dataDir, null);
    await sqlite.createUser('ben@example.org', 'focal_point', 'BEN');
    await sqlite.createUser('sec@example.org', 'secretariat');
    const t = sqlite as unknown as TestContext;
    phone = await device(t, 'ben@example.org');
    laptop = await device(t, 'ben@example.org');
    const sec = await device(t, 'sec@example.org');
    // A published submission (public copy, search index) and a draft with a conflict between devices.
    const published = newSubmission('BEN');
    publishedTitle = `Implementing act ${Date.now()}`;
    await phone.push([published, newItem(published.id, 'legislation', { title: publishedTitle })]);
    await sqlite.request(`/api/submissions/${published.id}/transmit`, { method: 'POST', cookie: phone.cookie });
    await sqlite.request(`/api/submissions/${published.id}/acknowledge`, { method: 'POST', cookie: sec.cookie });
    expect((await sqlite.request(`/api/submissions/${published.id}/publish`, { method: 'POST', cookie: sec.cookie })).status).toBe(200);
    const draft = newSubmission('BEN');
    const item = newItem(draft.id, 'obstacle', { description: 'the first text', confidential: true });
    await phone.push([draft, item]);
    await laptop.pullAll();
    await phone.push([{ ...item, baseVersion: 1, fields: { description: 'the phone text' } }]);
    const body = [{ ...item, baseVersion: 1, fields: { description: 'the laptop text' }, mid: laptop.mid + 1 }];
    lastPush = { body, answer: await laptop.push(body) };
    ({ cursor } = await phone.pullAll());
    const upload = await sqlite.request(`/api/blobs/${pdfHash}`, {
      method: 'PUT',
      cookie: phone.cookie,
      headers: { 'content-type': 'application/pdf' },
      body: new Uint8Array(pdf),
    });
    expect(upload.status).toBe(200);
    counts = await countRows(sqlite.db, await tablesToCopy(sqlite.db));
    await sqlite.close();
  }, 90_000);

  it('copies every table and checks the counts', async () => {
    const moved = runCli({ dataDir, databaseUrl: null }, ['migrate-to-postgres', '--to', url]);
    expect(moved.code, moved.err).toBe(0);
    expect(moved.out).toMatch(/every count matches/);
    expect(moved.out).toMatch(/attachments/);
    expect(counts.conflicts).toBeGreaterThan(0);
    expect(counts.audit_log).toBeGreaterThan(0);
    const pg = await openInstance(dataDir, url);
    try {
      expect(await countRows(pg.db, Object.keys(counts))).toEqual(counts);
      // The attachment is in PostgreSQL now: served with the files under DATA_DIR out of the way.
      renameSync(join(dataDir, 'blobs'), join(dataDir, 'blobs-before-the-move'));
      const download = await pg.request(`/api/blobs/${pdfHash}`, { cookie: phone.cookie });
      expect(download.status).toBe(200);
      expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);
    } finally {
      await pg.close();
    }
    // A second run finds the target in use and changes nothing.
    const again = runCli({ dataDir, databaseUrl: null }, ['migrate-to-postgres', '--to', url]);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/not empty/);
  });

  it('lets devices carry on: same sessions, cursors still valid, resent mutations recognised, search rebuilt', async () => {
    const pg = await openInstance(dataDir, url);
    try {
      const t = pg as unknown as TestContext;
      // The devices' cookies and cursors were issued on SQLite.
      for (const d of [phone, laptop]) Object.assign(d, { pull: rebind(t, d) });
      const page = await phone.pull(cursor);
      expect(page.changes).toEqual([]); // no full re-download
      expect(page.conflicts.length).toBeGreaterThan(0);
      const resent = await t.request('/api/sync/push', {
        method: 'POST',
        cookie: laptop.cookie,
        json: { clientId: laptop.clientId, protocol: 1, mutations: lastPush.body },
      });
      expect(await resent.json()).toEqual(lastPush.answer);
      const search = (await (await t.request(`/api/public/items?q=${encodeURIComponent(publishedTitle)}`)).json()) as any;
      expect(search.total).toBe(1);
      expect(search.items[0].title).toBe(publishedTitle);
      // New work gets the next sequence number, after the moved ones.
      const s = newSubmission('BEN');
      await t.request('/api/sync/push', {
        method: 'POST',
        cookie: phone.cookie,
        json: { clientId: phone.clientId, protocol: 1, mutations: [{ ...s, mid: phone.mid + 1 }] },
      });
      const after = await phone.pull(cursor);
      expect(after.changes.map((c: { id: string }) => c.id)).toEqual([s.id]);
      // The audit trail moved and is still append-only on PostgreSQL.
      await expect(pg.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    } finally {
      await pg.close();
    }
  });
});

/** The device's pull, sent to the new instance with its old cookie. */
function rebind(t: TestContext, d: Device) {
  return async (cursor?: string) => {
    const res = await t.request(`/api/sync/pull${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`, { cookie: d.cookie });
    if (res.status !== 200) throw new Error(`pull ${res.status}: ${await res.text()}`);
    return res.json();
  };
}
