import { blobStatusSchema } from '@clearinghouse/shared';
import { Hono } from 'hono';
import { blobsRepo } from '../db/repositories/blobs.ts';
import type { AppEnv, Deps, SessionUser } from '../http/env.ts';
import { HttpError, notFound } from '../http/http-error.ts';
import { param, type RouteTable } from '../http/route-table.ts';
import { blobAccess } from '../services/blob-access.ts';
import { BLOB_MAX_BYTES, BlobTooLargeError, UploadOffsetError, bodyChunks } from '../services/blob-storage/index.ts';

const SHA256 = /^[0-9a-f]{64}$/;
const tooLarge = () => new HttpError(413, 'payload-too-large', `An attachment may be at most ${BLOB_MAX_BYTES / 1024 / 1024} MiB.`);

function parseRange(header: string | undefined, contentLength: string | undefined) {
  if (!header) {
    const total = contentLength ? Number(contentLength) : null;
    return { start: 0, total: total !== null && Number.isSafeInteger(total) ? total : null };
  }
  const m = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(header.trim());
  if (!m) throw new HttpError(400, 'bad-request', 'Content-Range must look like "bytes START-END/TOTAL".');
  const [start, end, total] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (end < start || end >= total) throw new HttpError(400, 'bad-request', 'Content-Range is not consistent.');
  return { start, total };
}

/**
 * Reads and drops a body the answer does not need (at most the cap), so the connection stays usable:
 * answering before the body is read makes the server close it under the client's next request.
 */
async function drain(body: ReadableStream<Uint8Array> | null) {
  if (!body) return;
  let seen = 0;
  for await (const chunk of bodyChunks(body)) {
    seen += chunk.length;
    if (seen > BLOB_MAX_BYTES) return;
  }
}

export function blobRoutes(deps: Deps, table: RouteTable) {
  const router = new Hono<AppEnv>();
  const blobs = blobsRepo(deps.db);
  const access = blobAccess(deps.db, deps.keyring);
  const store = deps.blobStorage;
  const sha = (c: Parameters<typeof param>[0]) => {
    const value = param(c, 'sha256');
    if (!SHA256.test(value))
      throw new HttpError(400, 'bad-request', 'An attachment is addressed by the SHA-256 of its bytes, in lowercase hex.');
    return value;
  };
  /** The stored file when this user may read it; otherwise null, exactly as if it did not exist. */
  const readable = async (user: SessionUser | null, sha256: string) => {
    const info = await blobs.get(sha256);
    return info && (await store.exists(sha256)) && (await access.mayRead(user, sha256)) ? info : null;
  };

  table.add(
    router,
    {
      method: 'GET',
      path: '/api/blobs/:sha256/status',
      allow: ['focal_point', 'secretariat'],
      tag: 'attachments',
      summary: 'How much of an upload the server has: resume from `received`.',
      responses: { 200: { description: 'Upload state', schema: blobStatusSchema }, 404: { description: 'Never started' } },
    },
    async (c, { user, reply }) => {
      const who = user;
      const sha256 = sha(c);
      const stored = await readable(who, sha256);
      if (stored) return reply({ size: stored.size, received: stored.size, complete: true });
      // Only this account's own upload session: whether anyone else holds these bytes is not disclosed.
      const session = await store.session(who.id, sha256);
      if (!session) throw notFound('This upload');
      return reply({ size: session.total ?? session.received, received: session.received, complete: false });
    },
  );

  table.add(
    router,
    {
      method: 'PUT',
      path: '/api/blobs/:sha256',
      allow: ['focal_point', 'secretariat'],
      tag: 'attachments',
      summary: 'Upload an attachment by its SHA-256, whole or in chunks (Content-Range), resumable.',
      rawBody: true,
      responses: {
        200: { description: 'Bytes stored', schema: blobStatusSchema },
        409: { description: 'The chunk does not start where the upload stands (resume from `received`)' },
        413: { description: 'Over the size cap' },
        422: { description: 'The finished bytes do not match the hash' },
      },
    },
    async (c, { user, reply }) => {
      const who = user;
      const sha256 = sha(c);
      const { start, total } = parseRange(c.req.header('content-range'), c.req.header('content-length'));
      if (total !== null && total > BLOB_MAX_BYTES) throw tooLarge();
      const stored = await readable(who, sha256);
      if (stored) {
        await drain(c.req.raw.body);
        return reply({ size: stored.size, received: stored.size, complete: true });
      }
      const type = (c.req.header('content-type') ?? 'application/octet-stream').split(';')[0]!.trim().slice(0, 100);
      // An account that may not read a stored file uploads the bytes like anyone else: proving it holds
      // them is what grants it the file, and the stored file itself is never touched.
      return store.exclusive(who.id, sha256, async () => {
        let session;
        try {
          session = await store.append(who.id, sha256, { offset: start, total, type }, c.req.raw.body, total ?? BLOB_MAX_BYTES);
        } catch (e) {
          if (e instanceof BlobTooLargeError) throw tooLarge();
          if (e instanceof UploadOffsetError) {
            await drain(c.req.raw.body);
            throw new HttpError(
              409,
              'conflict',
              e.received
                ? `The server has ${e.received} bytes of this upload: continue from there.`
                : 'This upload has not started: send from byte 0.',
            );
          }
          throw e;
        }
        const size = total ?? session.received;
        if (session.received < size) return reply({ size, received: session.received, complete: false });
        if ((await store.finish(who.id, sha256)) === 'mismatch')
          throw new HttpError(422, 'hash-mismatch', 'The uploaded bytes do not match their SHA-256; the upload was discarded. Try again.');
        await blobs.recordStored({ sha256, size, type: session.type, by: who.id, at: deps.now().toISOString() });
        return reply({ size, received: size, complete: true });
      });
    },
  );

  table.add(
    router,
    {
      method: 'GET',
      path: '/api/blobs/:sha256',
      allow: ['public'],
      tag: 'attachments',
      summary:
        'Download an attachment: only for readers of a record that references it (the public: published, non-confidential elements).',
      responses: {
        200: { description: 'The bytes', contentType: 'application/octet-stream' },
        404: { description: 'Unknown, or not readable by this user' },
      },
    },
    async (c, { user }) => {
      const info = await readable(user, sha(c));
      if (!info) throw notFound('This attachment');
      // Exactly the recorded bytes, or nothing: stored bytes of another length are damage (a 500), not content.
      const bytes = await store.read(info.sha256, info.size);
      if (!bytes) throw notFound('This attachment');
      c.header('Content-Type', info.type);
      c.header('Content-Length', String(info.size));
      // Never rendered as a page of this origin: an uploaded HTML or SVG file cannot run script here.
      c.header('Content-Disposition', 'attachment');
      c.header('Content-Security-Policy', "sandbox; default-src 'none'");
      c.header('Cache-Control', user ? 'private, max-age=31536000, immutable' : 'public, max-age=3600');
      if (info.size === 0) {
        await bytes.cancel();
        return c.body(null);
      }
      return c.body(bytes);
    },
  );
  return router;
}
