/** Reporting entities: States, organisations and others that send information to the Secretariat. */
import * as v from 'valibot';
import { LANGUAGES } from '../languages.ts';
import { isOneOf } from '../one-of.ts';
import { entityIdSchema, textSchema } from './common.ts';

export const ENTITY_KINDS = ['state', 'regional_organisation', 'intergovernmental_organisation', 'ngo', 'other'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];
export const isEntityKind = isOneOf(ENTITY_KINDS);

/** The five United Nations regional groups; the Bureau monitors ratification by group (paragraph 8). */
export const REGIONAL_GROUPS = ['african', 'asia_pacific', 'eastern_european', 'grulac', 'weog'] as const;
export type RegionalGroup = (typeof REGIONAL_GROUPS)[number];

const nameSchema = v.pipe(textSchema(300), v.minLength(1, 'must not be empty'));

/** Names in the working languages are required; the other official languages may follow. */
export const entityNamesSchema = v.object({
  en: nameSchema,
  fr: nameSchema,
  ...Object.fromEntries(LANGUAGES.filter((l) => l !== 'en' && l !== 'fr').map((l) => [l, v.optional(nameSchema)])),
} as { en: typeof nameSchema; fr: typeof nameSchema } & Record<
  Exclude<(typeof LANGUAGES)[number], 'en' | 'fr'>,
  v.OptionalSchema<typeof nameSchema, undefined>
>);

export const entitySchema = v.pipe(
  v.object({
    id: entityIdSchema,
    kind: v.picklist(ENTITY_KINDS, `must be one of: ${ENTITY_KINDS.join(', ')}`),
    names: entityNamesSchema,
    regionalGroup: v.nullable(v.picklist(REGIONAL_GROUPS, `must be one of: ${REGIONAL_GROUPS.join(', ')}`)),
  }),
  v.forward(
    v.check(
      (e) => (e.kind === 'state') === /^[A-Z]{3}$/.test(e.id),
      'must be an ISO 3166 alpha-3 code for a State, a lowercase slug otherwise',
    ),
    ['id'],
  ),
);
export type Entity = v.InferOutput<typeof entitySchema>;
export type EntityNames = Entity['names'];
