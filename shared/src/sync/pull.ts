/** GET /api/sync/pull?cursor=C&limit=N: the changes a user may read, already projected, in server order. */
import * as v from 'valibot';
import { conflictSchema } from './conflict.ts';
import { syncTableSchema, versionSchema } from './tables.ts';
import { uuidSchema } from '../schemas/common.ts';

/** The server caps `limit` at its maximum, which the contract says is at least this; more is not an error. */
export const PULL_MAX_LIMIT = 500;
export const PULL_DEFAULT_LIMIT = 200;

/** The query string as it arrives (strings); `limit` becomes a number clamped to [1, PULL_MAX_LIMIT]. */
export const pullQuerySchema = v.object({
  cursor: v.optional(v.pipe(v.string(), v.maxLength(500, 'must be at most 500 characters long'))),
  limit: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{1,9}$/, 'must be a positive whole number'),
      v.transform(Number),
      v.minValue(1, 'must be at least 1'),
      v.transform((n) => Math.min(n, PULL_MAX_LIMIT)),
    ),
    String(PULL_DEFAULT_LIMIT),
  ),
});

export const changeSchema = v.object({
  table: syncTableSchema,
  id: uuidSchema,
  version: versionSchema,
  deleted: v.boolean(),
  /** The record as this user may see it; null once deleted (a tombstone carries no content). */
  record: v.nullable(v.record(v.string(), v.unknown())),
});
export type Change = v.InferOutput<typeof changeSchema>;

export const pullResponseSchema = v.object({
  changes: v.array(changeSchema),
  conflicts: v.array(conflictSchema),
  /** Opaque; the client stores it with the page in one transaction and sends it back next time. */
  cursor: v.string(),
  hasMore: v.boolean(),
});
export type PullResponse = v.InferOutput<typeof pullResponseSchema>;
