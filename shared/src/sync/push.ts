/** POST /api/sync/push: the client's queued mutations, and what the server did with each. */
import * as v from 'valibot';
import { uuidSchema } from '../schemas/common.ts';
import { errorObjectSchema } from '../errors.ts';
import { syncTableSchema, versionSchema } from './tables.ts';

/** Servers may answer 413 above this; clients send at most this many mutations per push. */
export const MAX_MUTATIONS_PER_PUSH = 500;

const midSchema = v.pipe(v.number('must be a number'), v.safeInteger('must be a whole number'), v.minValue(1, 'must be at least 1'));

export const mutationSchema = v.pipe(
  v.object({
    mid: midSchema,
    table: syncTableSchema,
    id: uuidSchema,
    op: v.picklist(['upsert', 'delete'], 'must be upsert or delete'),
    /** The version the client last received; null for a record it created. */
    baseVersion: v.nullable(versionSchema),
    /** Only the fields changed since baseVersion; validated per table by the server. */
    fields: v.optional(v.record(v.string(), v.unknown(), 'must be an object of changed fields')),
    /** Conflicts this write settles. */
    resolves: v.optional(v.pipe(v.array(uuidSchema, 'must be a list'), v.maxLength(100, 'must hold at most 100 conflict ids'))),
  }),
  v.forward(
    v.check((m) => m.op === 'upsert' || m.fields === undefined, 'must be absent on a delete'),
    ['fields'],
  ),
);
export type Mutation = v.InferOutput<typeof mutationSchema>;

export const pushRequestSchema = v.object({
  clientId: uuidSchema,
  protocol: v.pipe(v.number('must be a number'), v.safeInteger('must be a whole number'), v.minValue(1, 'must be at least 1')),
  mutations: v.pipe(
    v.array(mutationSchema, 'must be a list'),
    v.maxLength(MAX_MUTATIONS_PER_PUSH, `must hold at most ${MAX_MUTATIONS_PER_PUSH} mutations`),
    // the server's "highest mid handled" bookkeeping relies on this order
    v.check((ms) => ms.every((m, i) => i === 0 || m.mid > ms[i - 1]!.mid), 'must be in increasing mid order'),
  ),
});
export type PushRequest = v.InferOutput<typeof pushRequestSchema>;

export const MUTATION_STATUSES = ['applied', 'merged', 'conflict', 'rejected'] as const;

export const mutationResultSchema = v.object({
  mid: midSchema,
  status: v.picklist(MUTATION_STATUSES),
  /** The record's version after this mutation (absent when rejected). */
  version: v.optional(versionSchema),
  /** The first conflict recorded; conflictIds lists all when several fields conflicted. */
  conflictId: v.optional(uuidSchema),
  conflictIds: v.optional(v.array(uuidSchema)),
  /** Why a mutation was rejected: error codes from errors.ts (submission-locked, validation-failed, not-found, ...). */
  error: v.optional(errorObjectSchema),
});
export type MutationResult = v.InferOutput<typeof mutationResultSchema>;
export type MutationStatus = MutationResult['status'];

export const pushResponseSchema = v.object({
  results: v.array(mutationResultSchema),
  /** The highest mid the server has handled for this client: the client drops its outbox up to it. */
  lastMid: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
});
export type PushResponse = v.InferOutput<typeof pushResponseSchema>;
