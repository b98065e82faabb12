/** Answers of the reporting workflow: tracking a request, reminders, a submission's history. */
import * as v from 'valibot';
import { cycleSchema } from '../schemas/cycle.ts';
import { ENTITY_KINDS } from '../schemas/entity.ts';
import { SUBMISSION_STATUSES, submissionSchema } from '../schemas/submission.ts';
import { answerList, namesAnswerSchema, openRecordSchema, regionalGroupOrNull } from './common.ts';

/** Where an addressee's answer to a request stands, from the Secretariat's side. */
export const TRACKING_STATES = ['not-received', 'returned', 'transmitted', 'acknowledged', 'published'] as const;
export type TrackingState = (typeof TRACKING_STATES)[number];

/** An answer returned for correction still counts as a response: the entity did answer. */
export const RESPONDED_STATES: ReadonlySet<TrackingState> = new Set(['returned', 'transmitted', 'acknowledged', 'published']);

export const trackingRowSchema = v.object({
  entityId: v.string(),
  name: namesAnswerSchema,
  kind: v.picklist(ENTITY_KINDS),
  regionalGroup: regionalGroupOrNull,
  state: v.picklist(TRACKING_STATES),
  overdue: v.boolean(),
  submissionId: v.nullable(v.string()),
  transmittedAt: v.nullable(v.string()),
});
export type TrackingRow = v.InferOutput<typeof trackingRowSchema>;

export const rateSchema = v.object({
  addressed: v.number(),
  responded: v.number(),
  /** A percentage, 0–100, rounded to one decimal. */
  rate: v.number(),
});
export type Rate = v.InferOutput<typeof rateSchema>;
/** Rates by regional group (`none` for entities without one) and in total. */
export const ratesSchema = v.object({ groups: v.array(v.object({ group: v.string(), ...rateSchema.entries })), total: rateSchema });
export type Rates = v.InferOutput<typeof ratesSchema>;

const rateOf = (rows: readonly Pick<TrackingRow, 'state'>[]): Rate => {
  const responded = rows.filter((r) => RESPONDED_STATES.has(r.state)).length;
  return { addressed: rows.length, responded, rate: rows.length ? Math.round((responded / rows.length) * 1000) / 10 : 0 };
};

/** The response-rate rule: per regional group in order of first appearance, then the total. */
export function responseRates(rows: readonly Pick<TrackingRow, 'state' | 'regionalGroup'>[]): Rates {
  const groups = [...new Set(rows.map((r) => r.regionalGroup ?? 'none'))];
  return {
    groups: groups.map((group) => ({ group, ...rateOf(rows.filter((r) => (r.regionalGroup ?? 'none') === group)) })),
    total: rateOf(rows),
  };
}

export const trackingSchema = v.object({ cycle: cycleSchema, rows: v.array(trackingRowSchema), rates: ratesSchema });
export type Tracking = v.InferOutput<typeof trackingSchema>;

export const reminderSchema = v.object({ en: v.string(), fr: v.string(), entityIds: v.array(v.string()) });
export type Reminder = v.InferOutput<typeof reminderSchema>;

/** One of an entity's submissions across requests (GET /api/entities/{id}/submissions). */
export const entitySubmissionSchema = v.object({
  id: v.string(),
  cycleId: v.nullable(v.string()),
  title: v.nullable(v.string()),
  /** `returned`: sent back for correction, a draft again on the entity's side. */
  status: v.picklist([...SUBMISSION_STATUSES, 'returned']),
  transmittedAt: v.nullable(v.string()),
  acknowledgedAt: v.nullable(v.string()),
  publishedAt: v.nullable(v.string()),
});
export type EntitySubmission = v.InferOutput<typeof entitySubmissionSchema>;
export const entitySubmissionListSchema = answerList(entitySubmissionSchema);

export const historyVersionSchema = v.object({
  version: v.number(),
  deleted: v.boolean(),
  at: v.string(),
  by: v.nullable(v.string()),
  seq: v.nullable(v.number()),
  status: v.nullable(v.string()),
  title: v.nullable(v.string()),
});
export type HistoryVersion = v.InferOutput<typeof historyVersionSchema>;

/** A published edition: the public copy as it was shown, and when it was withdrawn. */
export const editionSchema = v.object({
  edition: v.number(),
  publishedAt: v.string(),
  publishedBy: v.nullable(v.string()),
  unpublishedAt: v.nullable(v.string()),
  submission: openRecordSchema,
  items: v.array(openRecordSchema),
});
export const submissionHistorySchema = v.object({ versions: v.array(historyVersionSchema), publications: v.array(editionSchema) });
export type SubmissionHistory = v.InferOutput<typeof submissionHistorySchema>;

/** A submission as it stood at one version, with its elements as they were then. */
export const versionSnapshotSchema = v.object({
  version: v.number(),
  at: v.string(),
  submission: openRecordSchema,
  items: v.array(openRecordSchema),
});
export type VersionSnapshot = v.InferOutput<typeof versionSnapshotSchema>;

/** What POST /api/submissions/import created, and what the server already had. */
const importCounts = v.object({ submissions: v.number(), items: v.number() });
export const submissionImportResultSchema = v.object({
  created: v.object({ ...importCounts.entries, files: v.number() }),
  skipped: importCounts,
});

export const cycleListSchema = answerList(cycleSchema);
export const submissionAnswerSchema = v.object({ submission: submissionSchema });
export type SubmissionImportResult = v.InferOutput<typeof submissionImportResultSchema>;
