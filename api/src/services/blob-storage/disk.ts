import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { chmod, link, open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { keyedLock } from '../keyed-lock.ts';
import { BlobDamagedError, BlobTooLargeError, UploadOffsetError, bodyChunks, storeVerifiedThrough } from './types.ts';
import type { BlobStorage, FinishOutcome, UploadSession } from './types.ts';

/** Shared by every store object of the process, so an import and an upload of one session queue up too. */
const sessionLock = keyedLock();

/** Where a stored file lives under DATA_DIR/blobs: `ab/ab12…`. Backups use the same layout. */
export const diskBlobPath = (root: string, sha256: string) => join(root, sha256.slice(0, 2), sha256);

/**
 * Attachment bytes on disk under DATA_DIR/blobs (the default with SQLite: one process). A stored file is
 * named by its SHA-256 and never changes once in place: it is only ever created by a hard link from a
 * verified temporary file (which fails rather than replaces when the name exists) and made read-only.
 *
 * Uploads go through sessions, one per account and hash, each with its own temporary file under
 * `partial/<account>/`: another account can neither append to nor finish someone else's upload, and an
 * interrupted upload resumes from the length of its own file. Every change to a session happens under
 * that session's lock, so the offset check and the write cannot interleave with a racing request.
 */
export function diskBlobStorage(dataDir: string): BlobStorage {
  const root = join(dataDir, 'blobs');
  const partial = join(root, 'partial');
  mkdirSync(partial, { recursive: true });
  const finalPath = (sha256: string) => diskBlobPath(root, sha256);
  // Account ids are UUIDs; anything else is refused so a path cannot be built from a crafted id.
  const sessionDir = (account: string) => {
    if (!/^[0-9a-zA-Z-]{1,64}$/.test(account)) throw new Error('unexpected account id');
    return join(partial, account);
  };
  const partPath = (account: string, sha256: string) => join(sessionDir(account), `${sha256}.part`);
  const metaPath = (account: string, sha256: string) => join(sessionDir(account), `${sha256}.json`);

  const session = (account: string, sha256: string): UploadSession | null => {
    if (!existsSync(metaPath(account, sha256)) || !existsSync(partPath(account, sha256))) return null;
    const meta = JSON.parse(readFileSync(metaPath(account, sha256), 'utf8')) as Omit<UploadSession, 'received'>;
    return { ...meta, received: statSync(partPath(account, sha256)).size };
  };
  const discard = (account: string, sha256: string) => {
    rmSync(partPath(account, sha256), { force: true });
    rmSync(metaPath(account, sha256), { force: true });
  };
  /** Runs `task` alone for this account's upload of this hash (within this process). */
  const exclusive = <T>(account: string, sha256: string, task: () => Promise<T>) => sessionLock(`${root}/${account}/${sha256}`, task);

  const append: BlobStorage['append'] = async (account, sha256, start, body, limit) => {
    let current = session(account, sha256);
    if (start.offset === 0) {
      mkdirSync(sessionDir(account), { recursive: true });
      writeFileSync(metaPath(account, sha256), JSON.stringify({ total: start.total, type: start.type }));
      writeFileSync(partPath(account, sha256), '');
      current = { total: start.total, type: start.type, received: 0 };
    } else if (!current || current.received !== start.offset || current.total !== start.total) {
      throw new UploadOffsetError(current?.received ?? 0);
    }
    const handle = await open(partPath(account, sha256), 'r+');
    let position = start.offset;
    try {
      if (body) {
        for await (const chunk of bodyChunks(body)) {
          if (position + chunk.length > limit) throw new BlobTooLargeError();
          await handle.write(chunk, 0, chunk.length, position);
          position += chunk.length;
        }
      }
      await handle.sync();
    } catch (e) {
      if (e instanceof BlobTooLargeError) discard(account, sha256);
      throw e;
    } finally {
      await handle.close();
    }
    return { ...current, received: position };
  };

  /**
   * Hashes the session's file; when it matches, links it into place unless the hash is already stored
   * (the stored file is then left untouched). The session is gone afterwards either way.
   */
  async function finish(account: string, sha256: string): Promise<FinishOutcome> {
    const part = partPath(account, sha256);
    try {
      const hash = createHash('sha256');
      for await (const chunk of createReadStream(part)) hash.update(chunk as Buffer);
      if (hash.digest('hex') !== sha256) return 'mismatch';
      mkdirSync(join(root, sha256.slice(0, 2)), { recursive: true });
      try {
        await chmod(part, 0o444);
        await link(part, finalPath(sha256));
        return 'stored';
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') return 'already-stored';
        throw e;
      }
    } finally {
      await rm(part, { force: true });
      await rm(metaPath(account, sha256), { force: true });
    }
  }

  return {
    kind: 'disk',
    exists: async (sha256) => existsSync(finalPath(sha256)),
    session: async (account, sha256) => session(account, sha256),
    exclusive,
    append,
    finish,
    storeVerified: storeVerifiedThrough({ exclusive, append, finish }),
    discard: async (account, sha256) => discard(account, sha256),
    async read(sha256, size) {
      let handle;
      try {
        handle = await open(finalPath(sha256), 'r');
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw e;
      }
      // Exactly the recorded bytes, or nothing: a stored file of another length is damage, not content.
      if ((await handle.stat()).size !== size) {
        await handle.close();
        throw new BlobDamagedError(`stored attachment ${sha256} does not have its recorded length`);
      }
      if (size === 0) {
        await handle.close();
        return new Blob([]).stream();
      }
      return Readable.toWeb(handle.createReadStream({ start: 0, end: size - 1 })) as ReadableStream<Uint8Array>;
    },
  };
}
