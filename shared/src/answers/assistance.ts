/** Exchanges of assistance the Secretariat records, and its suggested matches. */
import * as v from 'valibot';
import { answerList } from './common.ts';

export const EXCHANGE_STATUSES = ['proposed', 'agreed', 'under_way', 'completed'] as const;

/** An exchange as everyone may see it. */
export const publicExchangeSchema = v.object({
  id: v.string(),
  providerEntityId: v.string(),
  recipientEntityId: v.string(),
  offerItemId: v.nullable(v.string()),
  needItemId: v.nullable(v.string()),
  thematicArea: v.string(),
  status: v.picklist(EXCHANGE_STATUSES),
  createdAt: v.string(),
  updatedAt: v.string(),
});
export type PublicExchange = v.InferOutput<typeof publicExchangeSchema>;

/** With the Secretariat's working notes, which never leave its desk. */
export const exchangeSchema = v.object({ ...publicExchangeSchema.entries, notes: v.nullable(v.string()) });
export type Exchange = v.InferOutput<typeof exchangeSchema>;
export const exchangeListSchema = answerList(exchangeSchema);
export const publicExchangeListSchema = answerList(publicExchangeSchema);

const matchedElement = v.object({ id: v.string(), entityId: v.string(), title: v.string() });
export const suggestionSchema = v.object({
  offer: matchedElement,
  need: matchedElement,
  sharedAreas: v.array(v.string()),
  sameRegion: v.boolean(),
  sameLanguage: v.boolean(),
  namedPartner: v.boolean(),
  score: v.number(),
});
export type Suggestion = v.InferOutput<typeof suggestionSchema>;
export const suggestionListSchema = answerList(suggestionSchema);
