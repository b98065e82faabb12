/** Answers about treaty events and the status derived from them. */
import * as v from 'valibot';
import { TREATIES, TREATY_EVENT_TYPES, treatyEventSchema } from '../schemas/treaty.ts';
import { TREATY_STATUSES } from '../treaty-status.ts';
import { answerList, namesAnswerSchema, regionalGroupOrNull } from './common.ts';

/** Where a treaty event comes from: the sourced reference dataset, or the Secretariat. */
export const TREATY_EVENT_ORIGINS = ['reference', 'secretariat'] as const;

/** A stored treaty event: the shared event with both optional fields present, and its origin. */
export const storedTreatyEventSchema = v.object({
  id: v.string(),
  entityId: v.string(),
  treaty: v.picklist(TREATIES),
  type: v.picklist(TREATY_EVENT_TYPES),
  date: v.nullable(v.string()),
  source: v.nullable(v.string()),
  asOf: v.nullable(v.string()),
  origin: v.picklist(TREATY_EVENT_ORIGINS),
});
export type StoredTreatyEvent = v.InferOutput<typeof storedTreatyEventSchema>;
export const treatyEventListSchema = answerList(storedTreatyEventSchema);

export const treatyStatusOnSchema = v.object({
  status: v.picklist(TREATY_STATUSES),
  since: v.nullable(v.string()),
  entryIntoForce: v.nullable(v.string()),
  withdrawalEffective: v.nullable(v.string()),
  undetermined: v.boolean(),
  derived: v.array(v.string()),
});

export const treatyStateRowSchema = v.object({
  entityId: v.string(),
  name: namesAnswerSchema,
  regionalGroup: regionalGroupOrNull,
  romeStatute: treatyStatusOnSchema,
  apic: treatyStatusOnSchema,
});
export const treatyStatusAnswerSchema = v.object({ date: v.string(), states: v.array(treatyStateRowSchema) });
export type TreatyStatusAnswer = v.InferOutput<typeof treatyStatusAnswerSchema>;

export const treatyImportAnswerSchema = v.object({
  /** How many rows were applied: 0 on a dry run or when any row is invalid. */
  applied: v.number(),
  rows: v.array(v.partial(treatyEventSchema.pipe[0])),
  errors: v.array(v.object({ line: v.number(), message: v.string() })),
});
export type TreatyImportAnswer = v.InferOutput<typeof treatyImportAnswerSchema>;

/** What a treaty figure rests on: the reference data's date and the Secretariat's changes since. */
export const recordBasisSchema = v.object({ referenceAsOf: v.string(), secretariatChanges: v.number() });
