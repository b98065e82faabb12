/**
 * A conflict the server recorded: a field both sides changed in ways it could not merge. The server kept
 * its value; both sides see the conflict until a person resolves it with an upsert carrying `resolves`.
 */
import * as v from 'valibot';
import { textSchema, timestampSchema, uuidSchema } from '../schemas/common.ts';
import { syncTableSchema } from './tables.ts';

export const conflictSchema = v.object({
  id: uuidSchema,
  table: syncTableSchema,
  recordId: uuidSchema,
  /** The field in conflict; null for the record itself: an edit against a deletion, or a deletion against an edit. */
  field: v.nullable(textSchema(100)),
  /** Values: base (last common version), server (kept), client (not applied). A deleted record is null. */
  base: v.unknown(),
  server: v.unknown(),
  client: v.unknown(),
  /** Who pushed the mutation that conflicted. */
  userId: uuidSchema,
  /** The device that pushed it (its change was not applied); null on conflicts recorded before it was kept. */
  clientId: v.optional(v.nullable(uuidSchema)),
  /** Who wrote the version the server kept: the account, and the device when known. */
  serverUserId: v.optional(v.nullable(uuidSchema)),
  serverClientId: v.optional(v.nullable(uuidSchema)),
  createdAt: timestampSchema,
  resolvedAt: v.optional(v.nullable(timestampSchema)),
  resolvedBy: v.optional(v.nullable(uuidSchema)),
});
export type Conflict = v.InferOutput<typeof conflictSchema>;
