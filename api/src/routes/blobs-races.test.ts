import { createHash, randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test/harness.ts';
import { listen, type LiveServer } from '../test/live-server.ts';

/**
 * Uploads racing each other over real sockets: several accounts sending the same file at once, another
 * account appending to or taking over someone's upload, bytes sent after the end while the server
 * verifies. The bytes served under a hash must always be exactly the bytes of that hash.
 */
let t: TestContext;
let server: LiveServer;
const cookies: Record<string, string> = {};
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const MiB = 1024 * 1024;

beforeEach(async () => {
  t = await createTestContext();
  server = await listen(t);
  for (const [email, entity] of [
    ['ben@example.org', 'BEN'],
    ['ben2@example.org', 'BEN'],
    ['cpv@example.org', 'CPV'],
  ] as const) {
    await t.createUser(email, 'focal_point', entity);
    cookies[email] = await t.signIn(email);
  }
});

const put = (email: string, hash: string, body: Buffer, range?: [number, number, number]) =>
  server.fetch(`/api/blobs/${hash}`, {
    method: 'PUT',
    cookie: cookies[email],
    body: new Uint8Array(body),
    headers: { 'content-type': 'application/pdf', ...(range ? { 'content-range': `bytes ${range[0]}-${range[1]}/${range[2]}` } : {}) },
  });
const download = async (email: string, hash: string) => {
  const res = await server.fetch(`/api/blobs/${hash}`, { cookie: cookies[email] });
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()) };
};

afterEach(() => server.close());

describe('attachment uploads racing', () => {
  it('six concurrent uploads of the same file by three accounts all end complete, with the same bytes', async () => {
    const bytes = randomBytes(2 * MiB + 5);
    const hash = sha(bytes);
    const emails = ['ben@example.org', 'ben2@example.org', 'cpv@example.org'];
    const answers = await Promise.all([...emails, ...emails].map((e) => put(e, hash, bytes)));
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    for (const r of answers) expect(await r.json()).toEqual({ size: bytes.length, received: bytes.length, complete: true });
    for (const e of emails) {
      const got = await download(e, hash);
      expect(got.status).toBe(200);
      expect(got.bytes.equals(bytes)).toBe(true);
    }
  });

  it('another account can neither append to nor take over an upload in progress', async () => {
    const bytes = randomBytes(2 * MiB);
    const hash = sha(bytes);
    const first = await put('ben@example.org', hash, bytes.subarray(0, MiB), [0, MiB - 1, bytes.length]);
    expect(await first.json()).toEqual({ size: bytes.length, received: MiB, complete: false });
    // CPV sends the second half (the genuine bytes, or its own) at the offset Ben's upload stands at.
    const takeover = await put('cpv@example.org', hash, randomBytes(MiB), [MiB, 2 * MiB - 1, bytes.length]);
    expect(takeover.status).toBe(409);
    expect((await server.fetch(`/api/blobs/${hash}/status`, { cookie: cookies['cpv@example.org'] })).status).toBe(404);
    const rest = await put('ben@example.org', hash, bytes.subarray(MiB), [MiB, 2 * MiB - 1, bytes.length]);
    expect(rest.status).toBe(200);
    expect(await rest.json()).toEqual({ size: bytes.length, received: bytes.length, complete: true });
    expect((await download('ben@example.org', hash)).bytes.equals(bytes)).toBe(true);
  });

  it('bytes sent after the end while the server verifies never reach the stored file', async () => {
    const bytes = randomBytes(3 * MiB);
    const hash = sha(bytes);
    const evil = Buffer.from('ATTACKER BYTES');
    const n = bytes.length;
    await put('ben@example.org', hash, bytes.subarray(0, 2 * MiB), [0, 2 * MiB - 1, n]);
    // The last chunk and, meanwhile, a stream of appends just past the end from another account and
    // from the owner's own account (a confused or malicious second device).
    const appends = (email: string) => Array.from({ length: 10 }, () => put(email, hash, evil, [n, n + evil.length - 1, n + evil.length]));
    const [last, ...others] = await Promise.all([
      put('ben@example.org', hash, bytes.subarray(2 * MiB), [2 * MiB, n - 1, n]),
      ...appends('cpv@example.org'),
      ...appends('ben2@example.org'),
    ]);
    expect(await last!.json()).toEqual({ size: n, received: n, complete: true });
    for (const r of others) expect(r.status).toBe(409);
    const got = await download('ben@example.org', hash);
    expect(got.bytes.length).toBe(n);
    expect(got.bytes.equals(bytes)).toBe(true);
    // After completion an append stores nothing: another account is refused, the owner told it is done.
    expect((await put('cpv@example.org', hash, evil, [n, n + evil.length - 1, n + evil.length])).status).toBe(409);
    expect(await (await put('ben@example.org', hash, evil, [n, n + evil.length - 1, n + evil.length])).json()).toEqual({
      size: n,
      received: n,
      complete: true,
    });
    expect(await (await put('ben@example.org', hash, bytes)).json()).toEqual({ size: n, received: n, complete: true });
    expect((await download('ben@example.org', hash)).bytes.equals(bytes)).toBe(true);
  });

  it('wrong bytes under a stored hash disclose nothing and change nothing', async () => {
    const bytes = randomBytes(100_000);
    const hash = sha(bytes);
    expect((await put('ben@example.org', hash, bytes)).status).toBe(200);
    // CPV knows the hash but not the bytes: the same answer as for any wrong upload, no size.
    const guess = await put('cpv@example.org', hash, randomBytes(10));
    expect(guess.status).toBe(422);
    expect(JSON.stringify(await guess.json())).not.toContain(String(bytes.length));
    expect((await server.fetch(`/api/blobs/${hash}/status`, { cookie: cookies['cpv@example.org'] })).status).toBe(404);
    expect((await download('cpv@example.org', hash)).status).toBe(404);
    expect((await download('ben@example.org', hash)).bytes.equals(bytes)).toBe(true);
  });
});
