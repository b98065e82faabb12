/** Answers of the public clearinghouse (docs/open-data.md describes them for re-users). */
import * as v from 'valibot';
import { CATEGORIES } from '../schemas/category-fields.ts';
import { REGIONAL_GROUPS } from '../schemas/entity.ts';
import { AMENDMENTS, TREATIES } from '../schemas/treaty.ts';
import { publicExchangeSchema } from './assistance.ts';
import { answerList, entityAnswerSchema, type EntityAnswer } from './common.ts';
import { recordBasisSchema, treatyStatusOnSchema } from './treaty.ts';

export const publicEntityListSchema = answerList(entityAnswerSchema);
export const entityAnswerWrapSchema = v.object({ entity: entityAnswerSchema });

/**
 * A published element: the projected item (its fields by category, from the item schemas) plus where it
 * came from. Open: each category adds its own fields.
 */
export const publicElementSchema = v.looseObject({
  id: v.string(),
  category: v.picklist(CATEGORIES),
  title: v.optional(v.string()),
  description: v.optional(v.string()),
  entityId: v.string(),
  submissionId: v.string(),
  publishedAt: v.string(),
});
export type PublicElement = v.InferOutput<typeof publicElementSchema>;

export const FACET_NAMES = ['category', 'region', 'kind', 'year', 'status', 'language'] as const;
export type FacetName = (typeof FACET_NAMES)[number];
export const facetCountSchema = v.object({ value: v.string(), count: v.number() });
export type FacetCount = v.InferOutput<typeof facetCountSchema>;

export const searchAnswerSchema = v.object({
  items: v.array(v.looseObject({ ...publicElementSchema.entries, snippet: v.string() })),
  total: v.number(),
  limit: v.number(),
  offset: v.number(),
  facets: v.object(
    Object.fromEntries(FACET_NAMES.map((f) => [f, v.array(facetCountSchema)])) as Record<
      FacetName,
      v.ArraySchema<typeof facetCountSchema, undefined>
    >,
  ),
});
export type SearchAnswer = v.InferOutput<typeof searchAnswerSchema>;

/** A published submission (its public fields) with the count of its published elements. */
export const publicSubmissionSchema = v.looseObject({
  id: v.string(),
  entityId: v.string(),
  title: v.optional(v.nullable(v.string())),
  language: v.optional(v.string()),
  transmittedAt: v.optional(v.nullable(v.string())),
  publishedAt: v.string(),
  edition: v.number(),
  itemCount: v.number(),
});
export type PublicSubmission = v.InferOutput<typeof publicSubmissionSchema>;

export const treatyEventViewSchema = v.object({
  id: v.string(),
  type: v.string(),
  date: v.nullable(v.string()),
  asOf: v.nullable(v.string()),
  source: v.nullable(v.string()),
});
export const treatyViewSchema = v.object({ today: treatyStatusOnSchema, events: v.array(treatyEventViewSchema), basis: recordBasisSchema });
export type TreatyView = v.InferOutput<typeof treatyViewSchema>;

const byTreaty = <S extends v.GenericSchema>(schema: S) =>
  v.object(Object.fromEntries(TREATIES.map((t) => [t, schema])) as Record<(typeof TREATIES)[number], S>);

export const profileSchema = v.object({
  entity: entityAnswerSchema,
  asOf: v.string(),
  treaties: byTreaty(treatyViewSchema),
  itemsByCategory: v.partial(
    v.object(
      Object.fromEntries(CATEGORIES.map((c) => [c, v.array(publicElementSchema)])) as Record<
        (typeof CATEGORIES)[number],
        v.ArraySchema<typeof publicElementSchema, undefined>
      >,
    ),
  ),
  submissions: v.array(publicSubmissionSchema),
});
export type Profile = v.InferOutput<typeof profileSchema>;

const GROUP_KEYS = [...REGIONAL_GROUPS, 'unassigned', 'total'] as const;
const byGroup = <S extends v.GenericSchema>(schema: S) =>
  v.object(Object.fromEntries(GROUP_KEYS.map((g) => [g, schema])) as Record<(typeof GROUP_KEYS)[number], S>);

export const partyCountSchema = v.object({ parties: v.number(), undetermined: v.number() });
export const statusCountsSchema = v.object({
  parties: v.number(),
  deposited: v.number(),
  signatories: v.number(),
  withdrawn: v.number(),
  noRecord: v.number(),
  undetermined: v.number(),
});

const datedParty = v.object({ entityId: v.string(), entryIntoForce: v.nullable(v.string()) });
export const summarySchema = v.object({
  asOf: v.string(),
  basis: byTreaty(recordBasisSchema),
  romeStatuteByGroup: byGroup(statusCountsSchema),
  statesParties: byGroup(partyCountSchema),
  apicParties: byGroup(partyCountSchema),
  /** Absent from a summary saved offline by an older version. */
  amendmentParties: v.optional(
    v.object(
      Object.fromEntries(AMENDMENTS.map((a) => [a, partyCountSchema])) as Record<(typeof AMENDMENTS)[number], typeof partyCountSchema>,
    ),
  ),
  newestParties: v.array(datedParty),
  upcomingParties: v.array(datedParty),
  pendingWithdrawals: v.array(v.object({ entityId: v.string(), effectiveOn: v.nullable(v.string()) })),
  published: v.object({ submissions: v.number(), items: v.number() }),
  latestPublications: v.array(publicSubmissionSchema),
});
export type Summary = v.InferOutput<typeof summarySchema>;

/** One offer or need behind a cell of the assistance table. */
export const assistanceElementSchema = v.object({
  id: v.string(),
  title: v.string(),
  entityId: v.string(),
  role: v.picklist(['provider', 'recipient']),
  status: v.nullable(v.string()),
  /** Codes of the shared vocabulary, so an area written in any language meets its match. */
  thematicAreas: v.array(v.string()),
  /** The State's own words for `other`. */
  thematicAreasOther: v.nullable(v.string()),
  forms: v.array(v.string()),
  partnerEntityIds: v.array(v.string()),
  periodStart: v.nullable(v.string()),
  periodEnd: v.nullable(v.string()),
  submissionId: v.string(),
  publishedAt: v.string(),
});
export type AssistanceElement = v.InferOutput<typeof assistanceElementSchema>;

/**
 * A cell: what `provider` offers `recipient` and what `recipient` asks of `provider`. A null side is an
 * open offer or need that names no partner.
 */
export const assistanceCellSchema = v.object({
  provider: v.nullable(v.string()),
  recipient: v.nullable(v.string()),
  offers: v.array(assistanceElementSchema),
  needs: v.array(assistanceElementSchema),
  /** Exchanges the Secretariat recorded between the two (public fields only). */
  exchanges: v.array(publicExchangeSchema),
});
export type AssistanceCell = v.InferOutput<typeof assistanceCellSchema>;

export const assistanceTableSchema = v.object({
  items: v.array(assistanceCellSchema),
  total: v.number(),
  providers: v.array(v.string()),
  recipients: v.array(v.string()),
  thematicAreas: v.array(v.string()),
  statuses: v.array(v.string()),
});
export type AssistanceTable = v.InferOutput<typeof assistanceTableSchema>;

export const publicEventListSchema = answerList(publicElementSchema);

/** The open-data export as JSON: the CSV's columns, and one row of text per element. */
export const exportAnswerSchema = v.object({
  columns: v.array(v.string()),
  items: v.array(v.record(v.string(), v.string())),
  total: v.number(),
});

/** An entity as the public pages show it. */
export type PublicEntity = EntityAnswer;
