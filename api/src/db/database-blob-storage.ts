import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { sql } from 'kysely';
import type { Db } from './connection.ts';
import { keyedLock } from '../services/keyed-lock.ts';
import type { ObjectStore } from '../services/blob-storage/object-store.ts';
import {
  BlobDamagedError,
  BlobTooLargeError,
  UploadOffsetError,
  bodyChunks,
  storeVerifiedThrough,
} from '../services/blob-storage/types.ts';
import type { BlobStorage, FinishOutcome, UploadSession, UploadStart } from '../services/blob-storage/types.ts';

/** Bytes per stored part: large enough for few rows, small enough that nothing big sits in memory. */
export const PART_BYTES = 256 * 1024;
/** Parts read per query when hashing or serving a file (about 2 MiB). */
const PARTS_PER_READ = 8;
/** An upload untouched for this long is abandoned: its parts are deleted when any upload starts. */
const ABANDONED_MS = 7 * 24 * 60 * 60 * 1000;

const sessionLock = keyedLock();

/**
 * Attachment bytes in the database, so any number of API instances share them (the default with
 * PostgreSQL). Nothing about an upload lives in a process: each part is appended in a transaction that
 * moves the session's `received` from exactly where the request expected it, for the session's current
 * `generation`; a racing request on another instance therefore fails cleanly (409, resume) instead of
 * interleaving bytes. Finishing hashes the parts, then moves them into `blob_chunks` in one transaction;
 * `blob_contents` says the file is whole. Stored rows are never updated.
 *
 * With `objects` (BLOB_URL), a finished file goes to an S3-compatible object store instead of
 * `blob_chunks`; uploads in progress and the `blob_contents` marker stay in the database. `legacy` serves
 * files stored on disk before attachments moved off it.
 */
export function databaseBlobStorage(
  db: Db,
  { now = () => new Date(), legacy, objects }: { now?: () => Date; legacy?: BlobStorage; objects?: ObjectStore } = {},
): BlobStorage {
  const sessionRow = (account: string, sha256: string) =>
    db.selectFrom('upload_sessions').selectAll().where('account_id', '=', account).where('sha256', '=', sha256).executeTakeFirst();

  async function session(account: string, sha256: string): Promise<UploadSession | null> {
    const row = await sessionRow(account, sha256);
    return row ? { total: row.total, type: row.type, received: row.received } : null;
  }

  async function discard(account: string, sha256: string) {
    await db.transaction().execute(async (trx) => {
      await trx.deleteFrom('upload_parts').where('account_id', '=', account).where('sha256', '=', sha256).execute();
      await trx.deleteFrom('upload_sessions').where('account_id', '=', account).where('sha256', '=', sha256).execute();
    });
  }

  async function begin(account: string, sha256: string, start: UploadStart): Promise<string> {
    const generation = randomUUID();
    const at = now().toISOString();
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('upload_sessions')
        .values({ account_id: account, sha256, generation, total: start.total, type: start.type, received: 0, updated_at: at })
        .onConflict((oc) =>
          oc
            .columns(['account_id', 'sha256'])
            .doUpdateSet({ generation, total: start.total, type: start.type, received: 0, updated_at: at }),
        )
        .execute();
      await trx
        .deleteFrom('upload_parts')
        .where('account_id', '=', account)
        .where('sha256', '=', sha256)
        .where('generation', '!=', generation)
        .execute();
    });
    await dropAbandoned();
    return generation;
  }

  async function dropAbandoned() {
    const before = new Date(now().getTime() - ABANDONED_MS).toISOString();
    const stale = await db.selectFrom('upload_sessions').select(['account_id', 'sha256']).where('updated_at', '<', before).execute();
    for (const s of stale) await discard(s.account_id, s.sha256);
  }

  /** Writes one part if the session still stands at `offset` in `generation`; else UploadOffsetError. */
  async function writePart(account: string, sha256: string, generation: string, offset: number, data: Uint8Array) {
    await db.transaction().execute(async (trx) => {
      const moved = await trx
        .updateTable('upload_sessions')
        .set({ received: offset + data.length, updated_at: now().toISOString() })
        .where('account_id', '=', account)
        .where('sha256', '=', sha256)
        .where('generation', '=', generation)
        .where('received', '=', offset)
        .executeTakeFirst();
      if (Number(moved.numUpdatedRows) !== 1) {
        const current = await trx
          .selectFrom('upload_sessions')
          .select('received')
          .where('account_id', '=', account)
          .where('sha256', '=', sha256)
          .executeTakeFirst();
        throw new UploadOffsetError(current?.received ?? 0);
      }
      await trx.insertInto('upload_parts').values({ account_id: account, sha256, generation, part_offset: offset, data }).execute();
    });
  }

  const append: BlobStorage['append'] = async (account, sha256, start, body, limit) => {
    let generation: string;
    if (start.offset === 0) {
      generation = await begin(account, sha256, start);
    } else {
      const row = await sessionRow(account, sha256);
      if (!row || row.received !== start.offset || row.total !== start.total) throw new UploadOffsetError(row?.received ?? 0);
      generation = row.generation;
    }
    let position = start.offset;
    let pending: Uint8Array[] = [];
    let pendingBytes = 0;
    // Parts of at most PART_BYTES, whatever the size of the pieces the body arrives in.
    const flush = async () => {
      if (!pendingBytes) return;
      const data = Buffer.concat(pending, pendingBytes);
      pending = [];
      pendingBytes = 0;
      for (let from = 0; from < data.length; from += PART_BYTES) {
        const part = data.subarray(from, from + PART_BYTES);
        await writePart(account, sha256, generation, position, part);
        position += part.length;
      }
    };
    try {
      if (body) {
        for await (const chunk of bodyChunks(body)) {
          if (position + pendingBytes + chunk.length > limit) throw new BlobTooLargeError();
          pending.push(chunk);
          pendingBytes += chunk.length;
          if (pendingBytes >= PART_BYTES) await flush();
        }
      }
      await flush();
    } catch (e) {
      if (e instanceof BlobTooLargeError) await discard(account, sha256);
      throw e;
    }
    return { total: start.total, type: start.type, received: position };
  };

  /** The rows of `parts` (a query builder for one file's rows) in offset order, a few at a time. */
  async function* pages<Row extends { offset: number; data: Uint8Array }>(next: (from: number) => Promise<Row[]>) {
    let from = 0;
    for (;;) {
      const rows = await next(from);
      if (!rows.length) return;
      for (const row of rows) {
        if (row.offset !== from) throw new BlobDamagedError(`a part is missing at byte ${from}`);
        yield row.data;
        from += row.data.length;
      }
    }
  }

  async function finish(account: string, sha256: string): Promise<FinishOutcome> {
    const row = await sessionRow(account, sha256);
    if (!row) return 'mismatch';
    const partsFrom = (from: number) =>
      db
        .selectFrom('upload_parts')
        .select(['part_offset as offset', 'data'])
        .where('account_id', '=', account)
        .where('sha256', '=', sha256)
        .where('generation', '=', row.generation)
        .where('part_offset', '>=', from)
        .orderBy('part_offset')
        .limit(PARTS_PER_READ)
        .execute();
    const hash = createHash('sha256');
    let size = 0;
    try {
      for await (const data of pages(partsFrom)) {
        hash.update(data);
        size += data.length;
      }
    } catch (e) {
      if (!(e instanceof BlobDamagedError)) throw e;
      await discard(account, sha256);
      return 'mismatch';
    }
    if (hash.digest('hex') !== sha256 || size !== row.received) {
      await discard(account, sha256);
      return 'mismatch';
    }
    // Into the object store first, then the marker: a crash in between leaves an object nobody names yet
    // (stored again, harmlessly, by the next upload of those bytes), never a marker without its object.
    if (objects) await objects.put(sha256, size, pages(partsFrom));
    return db.transaction().execute(async (trx) => {
      const inserted = await trx
        .insertInto('blob_contents')
        .values({ sha256, size })
        .onConflict((oc) => oc.column('sha256').doNothing())
        .executeTakeFirst();
      const stored = Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
      if (stored && !objects) {
        await trx
          .insertInto('blob_chunks')
          .columns(['sha256', 'start_offset', 'data'])
          .expression(
            trx
              .selectFrom('upload_parts')
              .select(['sha256', 'part_offset', 'data'])
              .where('account_id', '=', account)
              .where('sha256', '=', sha256)
              .where('generation', '=', row.generation),
          )
          .execute();
      }
      await trx.deleteFrom('upload_parts').where('account_id', '=', account).where('sha256', '=', sha256).execute();
      await trx.deleteFrom('upload_sessions').where('account_id', '=', account).where('sha256', '=', sha256).execute();
      return stored ? 'stored' : 'already-stored';
    });
  }

  /** Runs `task` alone for this account's upload of this hash (within this process). */
  const exclusive = <T>(account: string, sha256: string, task: () => Promise<T>) => sessionLock(`db/${account}/${sha256}`, task);

  return {
    kind: objects ? 's3' : 'database',
    async exists(sha256) {
      const row = await db.selectFrom('blob_contents').select('sha256').where('sha256', '=', sha256).executeTakeFirst();
      return !!row || ((await legacy?.exists(sha256)) ?? false);
    },
    session,
    exclusive,
    append,
    finish,
    storeVerified: storeVerifiedThrough({ exclusive, append, finish }),
    discard,
    async read(sha256, size) {
      const content = await db.selectFrom('blob_contents').select('size').where('sha256', '=', sha256).executeTakeFirst();
      if (!content) return (await legacy?.read(sha256, size)) ?? null;
      if (objects) {
        const object = await objects.get(sha256);
        if (!object || object.size !== size || content.size !== size) {
          await object?.body.cancel();
          throw new BlobDamagedError(`stored attachment ${sha256} is missing from the object store or has another length`);
        }
        return object.body;
      }
      const { stored } = await db
        .selectFrom('blob_chunks')
        .select(sql<number>`coalesce(sum(length(data)), 0)`.as('stored'))
        .where('sha256', '=', sha256)
        .executeTakeFirstOrThrow();
      if (content.size !== size || Number(stored) !== size) {
        throw new BlobDamagedError(`stored attachment ${sha256} does not have its recorded length`);
      }
      const chunksFrom = (from: number) =>
        db
          .selectFrom('blob_chunks')
          .select(['start_offset as offset', 'data'])
          .where('sha256', '=', sha256)
          .where('start_offset', '>=', from)
          .orderBy('start_offset')
          .limit(PARTS_PER_READ)
          .execute();
      return Readable.toWeb(Readable.from(pages(chunksFrom))) as ReadableStream<Uint8Array>;
    },
  };
}
