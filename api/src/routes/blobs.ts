import { createReadStream, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { Hono } from 'hono';
import * as v from 'valibot';
import { blobReferencesRepo, blobsRepo } from '../db/repositories/blobs.ts';
import type { AppEnv, Deps, SessionUser } from '../http/env.ts';
import { HttpError, notFound } from '../http/http-error.ts';
import { param, requireUser, type RouteTable } from '../http/route-table.ts';
import { BLOB_MAX_BYTES, BlobTooLargeError, blobStore } from '../services/blob-store.ts';

const SHA256 = /^[0-9a-f]{64}$/;
const Status = v.object({ size: v.number(), received: v.number(), complete: v.boolean() });
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

export function blobRoutes(deps: Deps, table: RouteTable) {
  const router = new Hono<AppEnv>();
  const blobs = blobsRepo(deps.db);
  const refs = blobReferencesRepo(deps.db, deps.keyring);
  const store = blobStore(deps.config.dataDir);
  const sha = (c: Parameters<typeof param>[0]) => {
    const value = param(c, 'sha256');
    if (!SHA256.test(value))
      throw new HttpError(400, 'bad-request', 'An attachment is addressed by the SHA-256 of its bytes, in lowercase hex.');
    return value;
  };
  const mayRead = async (user: SessionUser | null, sha256: string, createdBy: string | null) => {
    if (user && createdBy === user.id) return true;
    if (user?.role === 'focal_point' && user.entityId && (await refs.referencedByEntity(sha256, user.entityId))) return true;
    if (user?.role === 'secretariat' && (await refs.referencedByTransmitted(sha256))) return true;
    return refs.referencedByPublished(sha256);
  };

  table.add(
    router,
    {
      method: 'GET',
      path: '/api/blobs/:sha256/status',
      allow: ['focal_point', 'secretariat'],
      tag: 'attachments',
      summary: 'How much of an upload the server has: resume from `received`.',
      responses: { 200: { description: 'Upload state', schema: Status }, 404: { description: 'Never started' } },
    },
    async (c, { user }) => {
      const info = await blobs.get(sha(c));
      // Only the uploader, or someone who may read it, learns that an upload exists.
      if (!info || !(await mayRead(user, info.sha256, info.createdBy))) throw notFound('This upload');
      return c.json({ size: info.size, received: info.complete ? info.size : store.partSize(info.sha256), complete: info.complete });
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
        200: { description: 'Bytes stored', schema: Status },
        409: { description: 'The chunk does not start where the upload stands (resume from `received`)' },
        413: { description: 'Over the size cap' },
        422: { description: 'The finished bytes do not match the hash' },
      },
    },
    async (c, { user }) => {
      const who = requireUser(user);
      const sha256 = sha(c);
      const { start, total } = parseRange(c.req.header('content-range'), c.req.header('content-length'));
      if (total !== null && total > BLOB_MAX_BYTES) throw tooLarge();
      const existing = await blobs.get(sha256);
      if (existing?.complete && store.exists(sha256)) return c.json({ size: existing.size, received: existing.size, complete: true });
      const type = (c.req.header('content-type') ?? 'application/octet-stream').split(';')[0]!.trim().slice(0, 100);
      if (start === 0 || !existing) {
        if (start !== 0) throw new HttpError(409, 'conflict', 'This upload has not started: send from byte 0.');
        await blobs.start({ sha256, size: total ?? 0, type, by: who.id, at: deps.now().toISOString() });
      } else if (start !== store.partSize(sha256)) {
        throw new HttpError(409, 'conflict', `The server has ${store.partSize(sha256)} bytes of this upload: continue from there.`);
      }
      let received: number;
      try {
        received = await store.write(sha256, start, c.req.raw.body, total ?? BLOB_MAX_BYTES);
      } catch (e) {
        if (e instanceof BlobTooLargeError) {
          store.discard(sha256);
          await blobs.remove(sha256);
          throw tooLarge();
        }
        throw e;
      }
      const size = total ?? received;
      if (received < size) {
        await blobs.progress(sha256, received, false);
        return c.json({ size, received, complete: false });
      }
      if (!(await store.finish(sha256))) {
        await blobs.remove(sha256);
        throw new HttpError(422, 'hash-mismatch', 'The uploaded bytes do not match their SHA-256; the upload was discarded. Try again.');
      }
      await blobs.progress(sha256, size, true);
      return c.json({ size, received: size, complete: true });
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
      responses: { 200: { description: 'The bytes' }, 404: { description: 'Unknown, or not readable by this user' } },
    },
    async (c, { user }) => {
      const sha256 = sha(c);
      const info = await blobs.get(sha256);
      if (!info?.complete || !store.exists(sha256) || !(await mayRead(user, sha256, info.createdBy))) throw notFound('This attachment');
      const path = store.finalPath(sha256);
      c.header('Content-Type', info.type);
      c.header('Content-Length', String(statSync(path).size));
      // Never rendered as a page of this origin: an uploaded HTML or SVG file cannot run script here.
      c.header('Content-Disposition', 'attachment');
      c.header('Content-Security-Policy', "sandbox; default-src 'none'");
      c.header('Cache-Control', user ? 'private, max-age=31536000, immutable' : 'public, max-age=3600');
      return c.body(Readable.toWeb(createReadStream(path)) as ReadableStream);
    },
  );
  return router;
}
