import { publicationsRepo } from '../../db/repositories/publications.ts';
import type { Db } from '../../db/connection.ts';

/** Distinct exports kept (one per format and filter combination asked for lately). */
const MAX_ENTRIES = 12;
/** Entity names appear in the rows too; they change rarely, and this bounds how stale one can be. */
const MAX_AGE_MS = 10 * 60 * 1000;
/** Pieces of output are gathered into chunks of about this size. */
const CHUNK_BYTES = 64 * 1024;

interface Entry {
  stamp: string;
  madeAt: number;
  chunks: Promise<Buffer[]>;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The public exports, built once per publication state and kept until the next publication: ten
 * people (or one script) asking for export.json at once share one build, and the build itself gives
 * the event loop back between pages of rows, so /api/health and everything else keep answering.
 * The answer is then streamed from the stored chunks, never concatenated into one string.
 */
export function exportCache(db: Db, now: () => number = Date.now) {
  const entries = new Map<string, Entry>();
  const publications = publicationsRepo(db);

  async function build(pieces: AsyncIterable<string>): Promise<Buffer[]> {
    const chunks: Buffer[] = [];
    let pending: string[] = [];
    let size = 0;
    for await (const piece of pieces) {
      pending.push(piece);
      size += piece.length;
      if (size >= CHUNK_BYTES) {
        chunks.push(Buffer.from(pending.join(''), 'utf8'));
        pending = [];
        size = 0;
        await yieldToEventLoop();
      }
    }
    if (pending.length) chunks.push(Buffer.from(pending.join(''), 'utf8'));
    return chunks;
  }

  return {
    /** The export named `key`, from the cache when nothing was published since, else built by `make`. */
    async get(key: string, make: () => AsyncIterable<string>): Promise<Buffer[]> {
      const stamp = await publications.stamp();
      const hit = entries.get(key);
      if (hit && hit.stamp === stamp && now() - hit.madeAt < MAX_AGE_MS) return hit.chunks;
      const entry: Entry = { stamp, madeAt: now(), chunks: build(make()) };
      entries.delete(key);
      entries.set(key, entry);
      while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
      entry.chunks.catch(() => entries.get(key) === entry && entries.delete(key));
      return entry.chunks;
    },
  };
}

/** A response body that streams stored chunks. */
export const streamOf = (chunks: readonly Buffer[]): ReadableStream<Uint8Array> => {
  let i = 0;
  return new ReadableStream({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(new Uint8Array(chunks[i++]!));
      else controller.close();
    },
  });
};
