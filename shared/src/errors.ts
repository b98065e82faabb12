/**
 * The one error envelope of the HTTP contract, and the kebab-case codes both sides know.
 * A client shows `message` to a person and branches on `code`.
 */
import * as v from 'valibot';

export const ERROR_CODES = [
  'bad-request',
  'malformed-json',
  'not-signed-in',
  'invalid-credentials',
  'forbidden',
  'origin-mismatch',
  'not-found',
  'conflict',
  'already-exists',
  'payload-too-large',
  'unsupported-media-type',
  'validation-failed',
  'client-too-old',
  'too-many-attempts',
  'must-resync',
  'submission-locked',
  'hash-mismatch',
  'weak-password',
  'account-disabled',
  'setup-done',
  'token-invalid',
  'internal-error',
  // GET /api/ready: the database is unreachable or lacks a migration (a load balancer sends no traffic).
  'not-ready',
  // sync: a push mutation whose baseVersion is newer than the server's record (a client bug or a
  // server restored from backup); the client must resync rather than retry.
  'bad-base-version',
  // sync: a record may not change its submission, category or entity after creation.
  'immutable-field',
  // sync: a new mutation whose mid is at or below the client's last handled mid; nothing was applied,
  // and the client sends it again under a mid above the push answer's `lastMid`.
  'mid-already-passed',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Why one field was refused, as a code a client words in its own language (`message` is English, for
 * logs and scripts). Optional on the wire: an old server sends none, and a client then says the field is
 * not valid.
 */
export const FIELD_ERROR_CODES = [
  'required',
  'unknown-field',
  'server-owned',
  'not-an-object',
  'wrong-type',
  'too-short',
  'too-long',
  'out-of-range',
  'not-an-option',
  'invalid-format',
  'unknown-entity',
  'same-entity',
  'weak-password',
  'already-exists',
  'title-required',
  'date-order',
  'resolved-date-without-resolution',
  'invalid',
] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

export const fieldErrorSchema = v.object({ field: v.string(), message: v.string(), code: v.optional(v.string()) });
export type FieldError = Omit<v.InferOutput<typeof fieldErrorSchema>, 'code'> & { code?: FieldErrorCode | (string & {}) };

/** The `error` member of the envelope; unknown codes are allowed so an old client survives a new server. */
export const errorObjectSchema = v.object({
  code: v.string(),
  message: v.string(),
  details: v.optional(v.array(fieldErrorSchema)),
});

/** The schema's shape, with `code` narrowed so known codes autocomplete. */
export type ErrorObject = Omit<v.InferOutput<typeof errorObjectSchema>, 'code'> & { code: ErrorCode | (string & {}) };
export type ErrorBody = { error: ErrorObject };

export const errorBody = (code: ErrorCode, message: string, details?: FieldError[]): ErrorBody => ({
  error: details ? { code, message, details } : { code, message },
});
