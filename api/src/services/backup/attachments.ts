import { createHash } from 'node:crypto';
import {
  copyFileSync,
  createReadStream,
  createWriteStream,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  renameSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import type { Db } from '../../db/connection.ts';
import { blobsRepo } from '../../db/repositories/blobs.ts';
import { BLOB_MAX_BYTES, diskBlobPath, type BlobStorage } from '../blob-storage/index.ts';

const SHA256 = /^[0-9a-f]{64}$/;

/** The finished attachments under a blobs/ folder (blobs/ab/ab12…); unfinished uploads are left out. */
export function listAttachments(blobsDir: string): { sha256: string; path: string; size: number }[] {
  if (!existsSync(blobsDir)) return [];
  const found = [];
  for (const prefix of readdirSync(blobsDir)) {
    if (!/^[0-9a-f]{2}$/.test(prefix)) continue; // partial/ and anything foreign
    for (const name of readdirSync(join(blobsDir, prefix))) {
      if (!SHA256.test(name) || !name.startsWith(prefix)) continue;
      const path = join(blobsDir, prefix, name);
      found.push({ sha256: name, path, size: statSync(path).size });
    }
  }
  return found;
}

/** Puts a file at `to` without copying its bytes when both are on one file system. */
export function linkOrCopy(from: string, to: string) {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

export async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Moves verified attachments into a DATA_DIR's blobs/ folder. */
export function moveAttachments(list: { sha256: string; path: string }[], blobsDir: string) {
  for (const a of list) {
    mkdirSync(join(blobsDir, a.sha256.slice(0, 2)), { recursive: true });
    renameSync(a.path, join(blobsDir, a.sha256.slice(0, 2), a.sha256));
  }
}

/** The account name under which restore and moves store attachments (an upload session needs one). */
const STORING_ACCOUNT = 'restore';

/** Stores verified files in `storage` (the database or disk), streamed: never a whole file in memory. */
export async function storeAttachments(list: { sha256: string; path: string; size: number }[], storage: BlobStorage) {
  for (const a of list) {
    // No exists() shortcut: a database storage also answers for the files under DATA_DIR/blobs it
    // falls back to, which are the very files being moved. Finishing bytes already stored is harmless.
    const body = Readable.toWeb(createReadStream(a.path)) as ReadableStream<Uint8Array>;
    await storage.append(STORING_ACCOUNT, a.sha256, { offset: 0, total: a.size, type: 'application/octet-stream' }, body, BLOB_MAX_BYTES);
    if ((await storage.finish(STORING_ACCOUNT, a.sha256)) === 'mismatch')
      throw new Error(`attachment ${a.sha256} changed while it was stored`);
  }
}

/**
 * Every finished attachment of a deployment, as files under `into` (ab/ab12…): read from its storage
 * (database or disk) after the database copy was taken, so every attachment the copy names is there.
 */
export async function exportAttachments(db: Db, storage: BlobStorage, into: string) {
  const rows = await blobsRepo(db).finished();
  const written: { sha256: string; path: string; size: number }[] = [];
  for (const row of rows) {
    const bytes = await storage.read(row.sha256, row.size);
    if (!bytes) continue; // recorded but never stored (a crash between the two): nothing to keep
    const path = diskBlobPath(into, row.sha256);
    mkdirSync(join(into, row.sha256.slice(0, 2)), { recursive: true });
    await pipeline(Readable.fromWeb(bytes as NodeReadableStream<Uint8Array>), createWriteStream(path));
    written.push({ sha256: row.sha256, path, size: row.size });
  }
  return written;
}
