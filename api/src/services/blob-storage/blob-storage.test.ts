import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startS3Server } from '../../test/s3-server.ts';
import { openTestDatabase } from '../../test/harness.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import type { Db } from '../../db/connection.ts';
import { databaseBlobStorage, PART_BYTES } from '../../db/database-blob-storage.ts';
import { diskBlobStorage } from './disk.ts';
import { s3ObjectStore } from './object-store.ts';
import { BlobDamagedError, BlobTooLargeError, UploadOffsetError, type BlobStorage } from './types.ts';

/**
 * The rules every attachment storage keeps, run against each kind: the database kind on this run's
 * database (SQLite, or PostgreSQL in the PostgreSQL pass), the disk kind in a temporary DATA_DIR.
 */
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const stream = (b: Uint8Array) => new Blob([new Uint8Array(b)]).stream();
const readAll = async (s: ReadableStream<Uint8Array> | null) => (s ? Buffer.from(await new Response(s).arrayBuffer()) : null);
const A = 'account-a';
const B = 'account-b';

let db: Db;
let s3: Awaited<ReturnType<typeof startS3Server>>;
beforeAll(async () => {
  s3 = await startS3Server();
});
afterAll(() => s3.close());
beforeEach(async () => {
  ({ db } = await openTestDatabase());
  await migrateToLatest(db);
});

const kinds: [string, () => BlobStorage][] = [
  ['disk', () => diskBlobStorage(mkdtempSync(join(tmpdir(), 'ch-blobs-')))],
  ['database', () => databaseBlobStorage(db)],
  ['s3', () => databaseBlobStorage(db, { objects: s3ObjectStore(s3.blobUrl) })],
];

describe.each(kinds)('%s attachment storage', (_kind, open) => {
  it('stores a file sent in three chunks and serves exactly its bytes', async () => {
    const store = open();
    const bytes = randomBytes(PART_BYTES * 2 + 1234);
    const hash = sha(bytes);
    const cuts = [0, 100_000, PART_BYTES + 7, bytes.length];
    for (let i = 0; i < 3; i++) {
      const got = await store.append(
        A,
        hash,
        { offset: cuts[i]!, total: bytes.length, type: 'application/pdf' },
        stream(bytes.subarray(cuts[i], cuts[i + 1])),
        bytes.length,
      );
      expect(got.received).toBe(cuts[i + 1]);
      expect((await store.session(A, hash))?.received).toBe(cuts[i + 1]);
    }
    expect(await store.exists(hash)).toBe(false);
    expect(await store.finish(A, hash)).toBe('stored');
    expect(await store.exists(hash)).toBe(true);
    expect(await store.session(A, hash)).toBeNull();
    expect((await readAll(await store.read(hash, bytes.length)))!.equals(bytes)).toBe(true);
  });

  it('refuses a chunk that does not start where the upload stands, and says where it stands', async () => {
    const store = open();
    const bytes = randomBytes(5000);
    const hash = sha(bytes);
    await store.append(A, hash, { offset: 0, total: 5000, type: 'x' }, stream(bytes.subarray(0, 2000)), 5000);
    const error = await store.append(A, hash, { offset: 3000, total: 5000, type: 'x' }, stream(bytes.subarray(3000)), 5000).catch((e) => e);
    expect(error).toBeInstanceOf(UploadOffsetError);
    expect((error as UploadOffsetError).received).toBe(2000);
    // another account has no session to continue
    await expect(
      store.append(B, hash, { offset: 2000, total: 5000, type: 'x' }, stream(bytes.subarray(2000)), 5000),
    ).rejects.toBeInstanceOf(UploadOffsetError);
  });

  it('a restart from byte 0 replaces what was sent before', async () => {
    const store = open();
    const bytes = randomBytes(4000);
    const hash = sha(bytes);
    await store.append(A, hash, { offset: 0, total: 4000, type: 'x' }, stream(randomBytes(3000)), 4000);
    await store.append(A, hash, { offset: 0, total: 4000, type: 'x' }, stream(bytes), 4000);
    expect(await store.finish(A, hash)).toBe('stored');
    expect((await readAll(await store.read(hash, 4000)))!.equals(bytes)).toBe(true);
  });

  it('keeps the first stored copy when a second account finishes the same file', async () => {
    const store = open();
    const bytes = randomBytes(3000);
    const hash = sha(bytes);
    for (const account of [A, B]) await store.append(account, hash, { offset: 0, total: 3000, type: 'x' }, stream(bytes), 3000);
    expect(await store.finish(A, hash)).toBe('stored');
    expect(await store.finish(B, hash)).toBe('already-stored');
    expect((await readAll(await store.read(hash, 3000)))!.equals(bytes)).toBe(true);
  });

  it('discards bytes that do not match their hash', async () => {
    const store = open();
    const hash = sha(randomBytes(10));
    await store.append(A, hash, { offset: 0, total: 2000, type: 'x' }, stream(randomBytes(2000)), 2000);
    expect(await store.finish(A, hash)).toBe('mismatch');
    expect(await store.exists(hash)).toBe(false);
    expect(await store.session(A, hash)).toBeNull();
  });

  it('stops past the limit and forgets the upload', async () => {
    const store = open();
    const hash = sha(randomBytes(10));
    await expect(store.append(A, hash, { offset: 0, total: null, type: 'x' }, stream(randomBytes(5000)), 4000)).rejects.toBeInstanceOf(
      BlobTooLargeError,
    );
    expect(await store.session(A, hash)).toBeNull();
  });

  it('serves nothing for an unknown hash and refuses to serve bytes of another length', async () => {
    const store = open();
    expect(await store.read(sha(randomBytes(4)), 10)).toBeNull();
    const bytes = randomBytes(100);
    expect(await store.storeVerified(A, sha(bytes), new Uint8Array(bytes), 'x')).toBe('stored');
    await expect(store.read(sha(bytes), 99)).rejects.toBeInstanceOf(BlobDamagedError);
  });
});

describe('attachments in the database, shared by several API instances', () => {
  it('an upload begun on one instance continues on another, and a stale restart elsewhere cannot mix bytes in', async () => {
    const [one, two] = [databaseBlobStorage(db), databaseBlobStorage(db)];
    const bytes = randomBytes(PART_BYTES + 500);
    const hash = sha(bytes);
    await one.append(A, hash, { offset: 0, total: bytes.length, type: 'x' }, stream(bytes.subarray(0, 1000)), bytes.length);
    await two.append(A, hash, { offset: 1000, total: bytes.length, type: 'x' }, stream(bytes.subarray(1000)), bytes.length);
    expect(await one.finish(A, hash)).toBe('stored');
    expect((await readAll(await two.read(hash, bytes.length)))!.equals(bytes)).toBe(true);
  });

  it('a request still sending after the upload restarted on another instance cannot mix its bytes in', async () => {
    const [one, two] = [databaseBlobStorage(db), databaseBlobStorage(db)];
    const bytes = randomBytes(PART_BYTES * 2);
    const hash = sha(bytes);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // A slow client: its first part arrives, then it stalls while someone restarts the upload elsewhere.
    const slow = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(new Uint8Array(randomBytes(PART_BYTES)));
        await held;
        controller.enqueue(new Uint8Array(randomBytes(PART_BYTES)));
        controller.close();
      },
    });
    const stale = one.append(A, hash, { offset: 0, total: bytes.length, type: 'x' }, slow, bytes.length).catch((e: unknown) => e);
    while (((await one.session(A, hash))?.received ?? 0) < PART_BYTES) await new Promise((r) => setTimeout(r, 5));
    await two.append(A, hash, { offset: 0, total: bytes.length, type: 'x' }, stream(bytes.subarray(0, PART_BYTES)), bytes.length);
    release();
    expect(await stale).toBeInstanceOf(UploadOffsetError);
    await two.append(A, hash, { offset: PART_BYTES, total: bytes.length, type: 'x' }, stream(bytes.subarray(PART_BYTES)), bytes.length);
    expect(await two.finish(A, hash)).toBe('stored');
    expect((await readAll(await one.read(hash, bytes.length)))!.equals(bytes)).toBe(true);
  });

  it('reports damage when a stored part is missing', async () => {
    const store = databaseBlobStorage(db);
    const bytes = randomBytes(PART_BYTES * 2);
    const hash = sha(bytes);
    await store.storeVerified(A, hash, new Uint8Array(bytes), 'x');
    const parts = await db.selectFrom('blob_chunks').select('start_offset').where('sha256', '=', hash).orderBy('start_offset').execute();
    expect(parts.length).toBeGreaterThan(1);
    await db.deleteFrom('blob_chunks').where('sha256', '=', hash).where('start_offset', '=', parts[1]!.start_offset).execute();
    await expect(store.read(hash, bytes.length)).rejects.toBeInstanceOf(BlobDamagedError);
  });

  it('serves a file stored on disk before attachments moved into the database', async () => {
    const disk = diskBlobStorage(mkdtempSync(join(tmpdir(), 'ch-blobs-')));
    const bytes = randomBytes(700);
    await disk.storeVerified(A, sha(bytes), new Uint8Array(bytes), 'x');
    const store = databaseBlobStorage(db, { legacy: disk });
    expect(await store.exists(sha(bytes))).toBe(true);
    expect((await readAll(await store.read(sha(bytes), 700)))!.equals(bytes)).toBe(true);
  });
});
