import { createHash, randomBytes } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test/harness.ts';
import { device, newItem, newSubmission, type Device } from '../test/sync-helpers.ts';

let t: TestContext;
let ben: Device;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

beforeEach(async () => {
  t = await createTestContext();
  await t.createUser('ben@example.org', 'focal_point', 'BEN');
  await t.createUser('cpv@example.org', 'focal_point', 'CPV');
  await t.createUser('sec@example.org', 'secretariat');
  ben = await device(t, 'ben@example.org');
});

const put = (cookie: string, hash: string, body: Buffer, headers: Record<string, string> = {}) =>
  t.request(`/api/blobs/${hash}`, {
    method: 'PUT',
    cookie,
    body: new Uint8Array(body),
    headers: { 'content-type': 'application/pdf', ...headers },
  });

describe('attachments', () => {
  it('stores an upload once, checked against its hash, and serves it to readers of a referencing record', async () => {
    const bytes = randomBytes(300_000);
    const hash = sha(bytes);
    const res = await put(ben.cookie, hash, bytes);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ size: bytes.length, received: bytes.length, complete: true });
    const again = await put(ben.cookie, hash, bytes);
    expect(((await again.json()) as any).complete).toBe(true);

    const s = newSubmission('BEN');
    await ben.push([
      s,
      newItem(s.id, 'legislation', { attachments: [{ sha256: hash, name: 'law.pdf', type: 'application/pdf', size: bytes.length }] }),
    ]);
    const mine = await t.request(`/api/blobs/${hash}`, { cookie: ben.cookie });
    expect(mine.status).toBe(200);
    expect(Buffer.from(await mine.arrayBuffer()).equals(bytes)).toBe(true);
    expect(mine.headers.get('content-disposition')).toBe('attachment');

    const cpv = await device(t, 'cpv@example.org');
    expect((await t.request(`/api/blobs/${hash}`, { cookie: cpv.cookie })).status).toBe(404);
    expect((await t.request(`/api/blobs/${hash}`)).status).toBe(404);
  });

  it('resumes an interrupted chunked upload from where it stopped', async () => {
    const bytes = randomBytes(3 * 1024 * 1024 + 17);
    const hash = sha(bytes);
    const chunk = 1024 * 1024;
    const first = await put(ben.cookie, hash, bytes.subarray(0, chunk), { 'content-range': `bytes 0-${chunk - 1}/${bytes.length}` });
    expect((await first.json()) as any).toEqual({ size: bytes.length, received: chunk, complete: false });
    // The connection drops; the app asks where the upload stands and continues from there.
    const status = (await (await t.request(`/api/blobs/${hash}/status`, { cookie: ben.cookie })).json()) as any;
    expect(status.received).toBe(chunk);
    const wrongOffset = await put(ben.cookie, hash, bytes.subarray(0, chunk), { 'content-range': `bytes 0-${chunk - 1}/${bytes.length}` });
    expect(wrongOffset.status).toBe(200); // restarting from 0 is allowed and simply starts over
    let offset = 0;
    while (offset < bytes.length) {
      const end = Math.min(offset + chunk, bytes.length);
      const r = await put(ben.cookie, hash, bytes.subarray(offset, end), { 'content-range': `bytes ${offset}-${end - 1}/${bytes.length}` });
      expect(r.status).toBe(200);
      offset = end;
    }
    expect(((await (await t.request(`/api/blobs/${hash}/status`, { cookie: ben.cookie })).json()) as any).complete).toBe(true);
    const skip = await put(ben.cookie, sha(Buffer.from('x')), Buffer.from('x'), { 'content-range': 'bytes 5-5/10' });
    expect(skip.status).toBe(409);
  });

  it('refuses a hash mismatch (422) and an oversized upload (413)', async () => {
    const bytes = randomBytes(1000);
    const mismatch = await put(ben.cookie, sha(Buffer.from('something else')), bytes);
    expect(mismatch.status).toBe(422);
    expect(((await mismatch.json()) as any).error.code).toBe('hash-mismatch');
    const big = await put(ben.cookie, 'a'.repeat(64), Buffer.alloc(10), { 'content-range': `bytes 0-9/${30 * 1024 * 1024}` });
    expect(big.status).toBe(413);
    expect((await put(ben.cookie, 'not-a-hash', bytes)).status).toBe(400);
  });

  it('gives the public only attachments of published, non-confidential elements', async () => {
    const open = randomBytes(500);
    const secret = randomBytes(500);
    await put(ben.cookie, sha(open), open);
    await put(ben.cookie, sha(secret), secret);
    const s = newSubmission('BEN');
    const att = (b: Buffer) => [{ sha256: sha(b), name: 'f.pdf', type: 'application/pdf', size: b.length }];
    await ben.push([
      s,
      newItem(s.id, 'legislation', { attachments: att(open) }),
      newItem(s.id, 'obstacle', { confidential: true, attachments: att(secret) }),
    ]);
    await t.request(`/api/submissions/${s.id}/transmit`, { method: 'POST', cookie: ben.cookie });
    const sec = await device(t, 'sec@example.org');
    expect((await t.request(`/api/blobs/${sha(secret)}`, { cookie: sec.cookie })).status).toBe(200);
    expect((await t.request(`/api/blobs/${sha(open)}`)).status).toBe(404);
    await t.request(`/api/submissions/${s.id}/publish`, { method: 'POST', cookie: sec.cookie });
    expect((await t.request(`/api/blobs/${sha(open)}`)).status).toBe(200);
    expect((await t.request(`/api/blobs/${sha(secret)}`)).status).toBe(404);
  });

  it('a push may not name another account’s file by its hash', async () => {
    const secret = randomBytes(2000);
    await put(ben.cookie, sha(secret), secret);
    const cpv = await device(t, 'cpv@example.org');
    const s = newSubmission('CPV');
    const stolen = { sha256: sha(secret), name: 'mine.pdf', type: 'application/pdf', size: secret.length };
    const answer = await cpv.push([s, newItem(s.id, 'legislation', { attachments: [stolen] })]);
    expect(answer.results[1]).toMatchObject({ status: 'rejected', error: { code: 'validation-failed' } });
    expect((await t.request(`/api/blobs/${sha(secret)}`, { cookie: cpv.cookie })).status).toBe(404);
    // Uploading the bytes itself proves CPV holds them: then it may attach them.
    expect((await put(cpv.cookie, sha(secret), secret)).status).toBe(200);
    const again = await cpv.push([newItem(s.id, 'legislation', { attachments: [stolen] })]);
    expect(again.results[0].status).toBe('applied');
    expect((await t.request(`/api/blobs/${sha(secret)}`, { cookie: cpv.cookie })).status).toBe(200);
  });
});
