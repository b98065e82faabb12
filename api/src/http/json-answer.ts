import type { Context } from 'hono';
import { availableParallelism } from 'node:os';
import { promisify } from 'node:util';
import { constants, crc32, deflateRaw, gzipSync } from 'node:zlib';
import type { AppEnv } from './env.ts';

const deflateRawAsync = promisify(deflateRaw);

/** Below this, gzip makes an answer larger and adds two headers: it goes out as it is. */
const COMPRESS_FROM_BYTES = 1024;
/** Up to this size gzip takes a fraction of a millisecond: done at once; larger answers go to the thread pool (the other core). */
const COMPRESS_INLINE_UP_TO_BYTES = 16 * 1024;
/** A piece compressed on its own thread is at least this large: below, a thread's start costs more than it saves. */
const PIECE_MIN_BYTES = 128 * 1024;
/** Deflate looks back at most this far: a piece primed with this much of the text before it compresses as if it followed it. */
const DEFLATE_WINDOW = 32 * 1024;
/** A gzip member's header: deflate, no name or time, Unix (as zlib writes it). */
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]);
const CORES = availableParallelism();

/** Raw deflate of one piece of a gzip member: primed with the text before it, ended by a sync flush unless it is the last. */
function deflatePiece(piece: Buffer, before: Buffer | undefined, last: boolean): Promise<Buffer> {
  return deflateRawAsync(piece, {
    memLevel: 9, // a larger hash table: ~3 % faster and a few bytes smaller than the default 8
    finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH,
    // One round trip to the thread pool for a piece's output, not one per 16 KiB.
    chunkSize: 64 * 1024,
    ...(before?.length ? { dictionary: before.subarray(Math.max(0, before.length - DEFLATE_WINDOW)) } : {}),
  });
}

/** The trailer of a gzip member: CRC-32 and length (mod 2^32) of the whole text. */
function gzipTrailer(crc: number, length: number): Buffer {
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc, 0);
  trailer.writeUInt32LE(length % 2 ** 32, 4);
  return trailer;
}

/**
 * gzip of `bytes` as one member, its deflate stream made in `pieces` at once on the thread pool, as pigz
 * does: each piece but the last ends with a sync flush (a byte boundary, not the final block), each but
 * the first is primed with the 32 KiB before it, so the pieces joined are one deflate stream, within a
 * few bytes of gzip in one call, decoded by any gzip reader; the trailer holds the CRC-32 and length of
 * the whole. A new device's pull is ~5 MB of JSON, and level 6 on one thread was most of its time.
 */
export async function gzipInPieces(bytes: Buffer, pieces: number): Promise<Buffer<ArrayBuffer>> {
  const size = Math.ceil(bytes.length / Math.max(1, pieces));
  const deflated: Promise<Buffer>[] = [];
  for (let start = 0; start < bytes.length; start += size) {
    const end = Math.min(bytes.length, start + size);
    deflated.push(deflatePiece(bytes.subarray(start, end), start > 0 ? bytes.subarray(0, start) : undefined, end === bytes.length));
  }
  return Buffer.concat([GZIP_HEADER, ...(await Promise.all(deflated)), gzipTrailer(crc32(bytes), bytes.length)]);
}

/** Whether the request's Accept-Encoding allows gzip (a q of 0 refuses it). */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  let wildcard = false;
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const refused = q !== undefined && Number(q.slice(2)) === 0;
    if (name === 'gzip' || name === 'x-gzip') return !refused;
    if (name === '*') wildcard = !refused;
  }
  return wildcard;
}

/**
 * A JSON answer that is not a document, from its text (securityHeaders gives it the short policy for
 * data, or none when only the script that sent a write reads it). Its length is known, so a small answer (a one-field edit's ~70 bytes) goes
 * out as it is, and a large one is gzipped here (in pieces on the thread pool) rather than through the compress
 * middleware's stream (which costs more than the compression for the sync answers, docs/performance.md).
 */
export async function jsonTextAnswer(c: Context<AppEnv>, text: string): Promise<Response> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  const bytes = Buffer.from(text);
  if (bytes.length < COMPRESS_FROM_BYTES) return c.body(bytes, 200, { ...headers, 'Content-Length': String(bytes.length) });
  headers.Vary = 'Accept-Encoding';
  if (!acceptsGzip(c.req.header('accept-encoding'))) return c.body(bytes, 200, { ...headers, 'Content-Length': String(bytes.length) });
  const pieces = Math.max(1, Math.min(CORES, Math.floor(bytes.length / PIECE_MIN_BYTES)));
  return gzippedAnswer(c, bytes.length <= COMPRESS_INLINE_UP_TO_BYTES ? gzipSync(bytes) : await gzipInPieces(bytes, pieces));
}

/** A gzipped JSON answer, its length known. */
function gzippedAnswer(c: Context<AppEnv>, packed: Buffer<ArrayBuffer>): Response {
  return c.body(packed, 200, {
    'Content-Type': 'application/json',
    Vary: 'Accept-Encoding',
    'Content-Encoding': 'gzip',
    'Content-Length': String(packed.length),
  });
}

/** Text written before a piece is compressed while the rest of the answer is still being written. */
const WRITTEN_PIECE_CHARS = 192 * 1024;

/**
 * A JSON answer written in parts (a pull page, record by record). While the answer is small it is kept
 * and sent as jsonTextAnswer would; once a piece of WRITTEN_PIECE_CHARS has been written to a client
 * that accepts gzip, that piece is deflated on the thread pool (primed with the 32 KiB before it, as
 * gzipInPieces does) while the rest is still being written, so writing the answer and compressing it
 * overlap instead of following each other. The pieces make one gzip member, with its length.
 */
export function jsonAnswerWriter(c: Context<AppEnv>) {
  const gzip = acceptsGzip(c.req.header('accept-encoding'));
  let parts: string[] = [];
  let pendingChars = 0;
  const deflated: Promise<Buffer>[] = [];
  let previous: Buffer | undefined;
  let crc = 0;
  let length = 0;
  const compress = (last: boolean) => {
    const piece = Buffer.from(parts.join(''));
    parts = [];
    pendingChars = 0;
    crc = crc32(piece, crc);
    length += piece.length;
    deflated.push(deflatePiece(piece, previous, last));
    previous = piece;
  };
  return {
    write(text: string): void {
      parts.push(text);
      pendingChars += text.length;
      if (gzip && pendingChars >= WRITTEN_PIECE_CHARS) compress(false);
    },
    async end(): Promise<Response> {
      if (!deflated.length) return jsonTextAnswer(c, parts.join(''));
      compress(true);
      return gzippedAnswer(c, Buffer.concat([GZIP_HEADER, ...(await Promise.all(deflated)), gzipTrailer(crc, length)]));
    },
  };
}
