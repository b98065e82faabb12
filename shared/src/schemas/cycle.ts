/** Reporting cycles: a request for information with a deadline, like note verbale ICC-ASP/9/SP/PA/21. */
import * as v from 'valibot';
import { CATEGORIES } from './category-fields.ts';
import { entityIdSchema, isoDateSchema, textSchema, timestampSchema, uniqueItems, uuidSchema } from './common.ts';
import { LONG_TEXT_MAX, TEXT_MAX } from './category-fields.ts';

export const ALL_STATES_PARTIES = 'all-states-parties';

const cycleEntries = {
  reference: v.pipe(textSchema(200), v.minLength(1, 'must not be empty')),
  title: v.pipe(textSchema(TEXT_MAX), v.minLength(1, 'must not be empty')),
  titleFr: v.optional(v.nullable(textSchema(TEXT_MAX))),
  issuedOn: isoDateSchema,
  deadline: isoDateSchema,
  categories: v.pipe(
    v.array(v.picklist(CATEGORIES, `must be one of: ${CATEGORIES.join(', ')}`), 'must be a list'),
    v.minLength(1, 'must name at least one category'),
    v.check(uniqueItems, 'must not repeat a category'),
  ),
  addressees: v.union(
    [
      v.literal(ALL_STATES_PARTIES),
      v.pipe(v.array(entityIdSchema), v.minLength(1, 'must name at least one entity'), v.check(uniqueItems, 'must not repeat an entity')),
    ],
    `must be "${ALL_STATES_PARTIES}" or a list of entity ids`,
  ),
  textEn: v.optional(v.nullable(textSchema(LONG_TEXT_MAX))),
  textFr: v.optional(v.nullable(textSchema(LONG_TEXT_MAX))),
};

const DEADLINE_MESSAGE = 'must not be before issuedOn';

/** The body of POST /api/cycles: the server gives the id. */
export const cycleCreateSchema = v.pipe(
  v.object(cycleEntries),
  v.forward(
    v.check((c) => c.deadline >= c.issuedOn, DEADLINE_MESSAGE),
    ['deadline'],
  ),
);
export type CycleCreate = v.InferOutput<typeof cycleCreateSchema>;

export const cycleSchema = v.pipe(
  v.object({ id: uuidSchema, ...cycleEntries, closedAt: v.optional(v.nullable(timestampSchema)) }),
  v.forward(
    v.check((c) => c.deadline >= c.issuedOn, DEADLINE_MESSAGE),
    ['deadline'],
  ),
);
export type Cycle = v.InferOutput<typeof cycleSchema>;
