import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { startS3Server } from '../../test/s3-server.ts';
import { s3ObjectStore } from './object-store.ts';

/** BLOB_URL: attachments uploaded and downloaded through the API live in the S3-compatible bucket. */
describe('attachments in an S3-compatible object store', () => {
  let s3: Awaited<ReturnType<typeof startS3Server>>;
  let t: TestContext;
  beforeAll(async () => {
    s3 = await startS3Server();
    t = await createTestContext({ blobUrl: s3.blobUrl });
  });
  afterAll(() => s3.close());

  it('stores an upload in the bucket, not in the database, and serves it back', async () => {
    await t.createUser('ben@example.org', 'focal_point', 'BEN');
    const cookie = await t.signIn('ben@example.org');
    const bytes = randomBytes(600_000);
    const sha = createHash('sha256').update(bytes).digest('hex');
    const put = await t.request(`/api/blobs/${sha}`, {
      method: 'PUT',
      cookie,
      headers: { 'content-type': 'application/pdf' },
      body: new Uint8Array(bytes),
    });
    expect(await put.json()).toEqual({ size: bytes.length, received: bytes.length, complete: true });
    expect(await s3ObjectStore(s3.blobUrl).has(sha)).toBe(true);
    expect(await t.db.selectFrom('blob_chunks').select('sha256').where('sha256', '=', sha).execute()).toEqual([]);
    const got = await t.request(`/api/blobs/${sha}`, { cookie });
    expect(got.status).toBe(200);
    expect(Buffer.from(await got.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('refuses a BLOB_URL that carries credentials or names no bucket', async () => {
    await expect(createTestContext({ blobUrl: 'http://key:secret@127.0.0.1:9000/bucket' })).rejects.toThrow(/must not carry credentials/);
    await expect(createTestContext({ blobUrl: 'http://127.0.0.1:9000/' })).rejects.toThrow(/needs a bucket/);
  });
});
