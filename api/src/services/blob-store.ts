import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';

/** 25 MiB: a law's PDF or a scanned note verbale fits; the browser app refuses larger files first. */
export const BLOB_MAX_BYTES = 25 * 1024 * 1024;

export class BlobTooLargeError extends Error {}

/**
 * Attachment bytes on disk under DATA_DIR/blobs, named by their SHA-256. An upload is written to a
 * `.part` file at the offset the client says, so an interrupted upload continues where it stopped; the
 * finished file is hashed and only then moved into place.
 */
export function blobStore(dataDir: string) {
  const root = join(dataDir, 'blobs');
  const partial = join(root, 'partial');
  mkdirSync(partial, { recursive: true });
  const finalPath = (sha256: string) => join(root, sha256.slice(0, 2), sha256);
  const partPath = (sha256: string) => join(partial, `${sha256}.part`);

  return {
    finalPath,
    exists: (sha256: string) => existsSync(finalPath(sha256)),
    partSize: (sha256: string) => (existsSync(partPath(sha256)) ? statSync(partPath(sha256)).size : 0),

    /** Appends the body at `offset`; stops with BlobTooLargeError past `limit` bytes in total. */
    async write(sha256: string, offset: number, body: ReadableStream<Uint8Array> | null, limit: number): Promise<number> {
      const handle = await open(partPath(sha256), offset === 0 ? 'w' : 'r+');
      let position = offset;
      try {
        if (body) {
          for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
            if (position + chunk.length > limit) throw new BlobTooLargeError();
            await handle.write(chunk, 0, chunk.length, position);
            position += chunk.length;
          }
        }
        await handle.sync();
      } finally {
        await handle.close();
      }
      return position;
    },

    /** Hashes the finished upload; moves it into place when the hash matches, discards it otherwise. */
    async finish(sha256: string): Promise<boolean> {
      const hash = createHash('sha256');
      for await (const chunk of createReadStream(partPath(sha256))) hash.update(chunk as Buffer);
      if (hash.digest('hex') !== sha256) {
        rmSync(partPath(sha256), { force: true });
        return false;
      }
      mkdirSync(join(root, sha256.slice(0, 2)), { recursive: true });
      renameSync(partPath(sha256), finalPath(sha256));
      return true;
    },

    discard: (sha256: string) => rmSync(partPath(sha256), { force: true }),
  };
}
