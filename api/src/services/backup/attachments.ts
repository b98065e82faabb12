import { createHash } from 'node:crypto';
import { copyFileSync, createReadStream, existsSync, linkSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';

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
