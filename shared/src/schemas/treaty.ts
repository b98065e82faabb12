/**
 * Treaty events: what a depositary records for a State, one dated fact at a time. A State's status on
 * any date is derived from them (treaty-status.ts), never stored, because membership changes.
 */
import * as v from 'valibot';
import { entityIdSchema, isoDateSchema, textSchema } from './common.ts';

/**
 * The Rome Statute, the Agreement on Privileges and Immunities of the Court (APIC), and the amendments to
 * the Statute, each a treaty of its own with its own instruments: article 8 (Kampala, 2010), the crime of
 * aggression (Kampala, 2010) and article 124 (The Hague, 2015).
 */
export const TREATIES = ['rome_statute', 'apic', 'amendment_art8', 'amendment_aggression', 'amendment_art124'] as const;
export type Treaty = (typeof TREATIES)[number];
export const AMENDMENTS = ['amendment_art8', 'amendment_aggression', 'amendment_art124'] as const satisfies readonly Treaty[];

/** Instruments by which a State becomes bound (ratification and its equivalents). */
export const INSTRUMENT_TYPES = ['ratification', 'accession', 'succession', 'acceptance', 'approval'] as const;

export const TREATY_EVENT_TYPES = [
  'signature',
  ...INSTRUMENT_TYPES,
  'entry_into_force',
  'withdrawal_notified',
  'withdrawal_effective',
  'withdrawal_rescinded',
] as const;
export type TreatyEventType = (typeof TREATY_EVENT_TYPES)[number];

export const treatyEventSchema = v.pipe(
  v.object({
    /** Any stable id: reference data may use deterministic ones (BEN-rome_statute-ratification-1). */
    id: v.pipe(textSchema(100), v.minLength(1, 'must not be empty')),
    entityId: entityIdSchema,
    treaty: v.picklist(TREATIES, `must be one of: ${TREATIES.join(', ')}`),
    type: v.picklist(TREATY_EVENT_TYPES, `must be one of: ${TREATY_EVENT_TYPES.join(', ')}`),
    /** null: the event is known to have happened but its date is not (never guess one). */
    date: v.nullable(isoDateSchema),
    /** Where the fact comes from (a depositary notification, a source key of the fixture). */
    source: v.optional(v.nullable(textSchema(2000))),
    /**
     * The date of the source that reports an undated event (when the source stated it, or else when it
     * was recorded). Required for an undated event, which never counts as a date of its own
     * (treaty-status.ts keeps the State apart as undetermined).
     */
    asOf: v.optional(v.nullable(isoDateSchema)),
  }),
  v.forward(
    v.check((e) => e.date !== null || typeof e.asOf === 'string', 'is required when date is unknown (null)'),
    ['asOf'],
  ),
);
export type TreatyEvent = v.InferOutput<typeof treatyEventSchema>;
