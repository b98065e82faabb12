/**
 * Submissions: one entity's answer (to a request for information, or sent outside one). A draft needs
 * only `id` and `entityId`. Only the server moves `status` past draft; "returning" a submission to its
 * authors puts it back to `draft` with a `returnMessage`, so there is no fifth status to handle.
 */
import * as v from 'valibot';
import { LANGUAGES } from '../languages.ts';
import { entityIdSchema, singleLineSchema, textSchema, timestampSchema, uuidSchema } from './common.ts';
import { TEXT_MAX, type Category } from './category-fields.ts';
import type { Item } from './item.ts';
import { validateRecord, type Validation } from './validate.ts';
import type { FieldError } from '../errors.ts';

export const SUBMISSION_STATUSES = ['draft', 'transmitted', 'acknowledged', 'published'] as const;

const nullableTimestamp = v.optional(v.nullable(timestampSchema));

export const submissionSchema = v.object({
  id: uuidSchema,
  entityId: entityIdSchema,
  cycleId: v.optional(v.nullable(uuidSchema)),
  title: v.optional(v.nullable(singleLineSchema(TEXT_MAX))),
  language: v.optional(v.picklist(LANGUAGES, `must be one of: ${LANGUAGES.join(', ')}`)),
  status: v.optional(v.picklist(SUBMISSION_STATUSES, `must be one of: ${SUBMISSION_STATUSES.join(', ')}`)),
  /** Why the Secretariat sent it back; internal, never public. */
  returnMessage: v.optional(v.nullable(textSchema(10_000))),
  createdBy: v.optional(v.nullable(uuidSchema)),
  createdAt: nullableTimestamp,
  updatedAt: nullableTimestamp,
  transmittedAt: nullableTimestamp,
  acknowledgedAt: nullableTimestamp,
  publishedAt: nullableTimestamp,
});
export type Submission = v.InferOutput<typeof submissionSchema>;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];
type SubmissionField = keyof Submission;

/** Set by the server alone: a client push that carries one is refused. */
export const SERVER_SUBMISSION_FIELDS: ReadonlySet<SubmissionField> = new Set<SubmissionField>([
  'status',
  'returnMessage',
  'createdBy',
  'createdAt',
  'updatedAt',
  'transmittedAt',
  'acknowledgedAt',
  'publishedAt',
]);

/** A record without the fields only the server sets: what a device may send of its copy. */
export const withoutServerFields = (record: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(record).filter(([k]) => !SERVER_SUBMISSION_FIELDS.has(k as SubmissionField)));

/** What the public may read of a submission (an allow-list: a field added later stays private until listed). */
export const PUBLIC_SUBMISSION_FIELDS: ReadonlySet<SubmissionField> = new Set<SubmissionField>([
  'id',
  'entityId',
  'cycleId',
  'title',
  'language',
  'status',
  'transmittedAt',
  'publishedAt',
]);

const ALL_FIELDS: ReadonlySet<string> = new Set(Object.keys(submissionSchema.entries));
const partialSchema = v.partial(submissionSchema);

/**
 * Validates a submission's fields. `origin: 'client'` (the default) refuses server-owned fields such as
 * `status`, naming them; the server validates its own writes with `origin: 'server'`.
 */
export const validateSubmissionPatch = (
  fields: unknown,
  { partial, origin = 'client' }: { partial: boolean; origin?: 'client' | 'server' },
): Validation<Partial<Submission>> => {
  const result = validateRecord<Partial<Submission>>(partial ? partialSchema : submissionSchema, fields, ALL_FIELDS, 'a submission');
  if (origin === 'server' || typeof fields !== 'object' || fields === null) return result;
  const serverOwned: FieldError[] = Object.keys(fields)
    .filter((k) => SERVER_SUBMISSION_FIELDS.has(k as SubmissionField))
    .map((field) => ({ field, code: 'server-owned', message: `${field} is set by the server and cannot be changed by a client.` }));
  if (serverOwned.length === 0) return result;
  return { ok: false, details: [...serverOwned, ...(result.ok ? [] : result.details)] };
};

export interface TransmitProblem extends FieldError {
  itemId: string;
  category: Category;
}

/** What stops a transmission: an element without a title. Nothing else is required (PROTOCOL "Records"). */
export const checkTransmittable = (
  submission: Pick<Submission, 'id'>,
  items: readonly Pick<Item, 'id' | 'submissionId' | 'category' | 'title'>[],
): TransmitProblem[] =>
  items
    .filter((item) => item.submissionId === submission.id)
    .filter((item) => typeof item.title !== 'string' || item.title.trim() === '')
    .map((item) => ({
      itemId: item.id,
      category: item.category,
      field: 'title',
      code: 'title-required',
      message: 'Every element needs a title before transmission.',
    }));

/**
 * Returned for correction: back to `draft` with the Secretariat's message (the server stores it as
 * `returned`; clients see the protocol's four statuses). Transmitting again clears the message.
 */
export const isReturnedForCorrection = (submission: Pick<Submission, 'status' | 'returnMessage'>): boolean =>
  (submission.status ?? 'draft') === 'draft' && typeof submission.returnMessage === 'string' && submission.returnMessage !== '';
