import { CATEGORIES, ENTITY_KINDS, LANGUAGES, REGIONAL_GROUPS, entityIdSchema, isoDateSchema } from '@clearinghouse/shared';
import * as v from 'valibot';

/**
 * Query strings of the public API. A shareable URL often carries empty parameters (`category=`): an
 * empty value means "no filter", not an error. Unknown parameters are ignored (cache busters).
 */
const blankToUndefined = v.transform((s: string) => (s.trim() === '' ? undefined : s.trim()));
const optional = <S extends v.GenericSchema<string, unknown>>(schema: S) =>
  v.optional(v.pipe(v.string(), blankToUndefined, v.optional(schema)));
// Any length of digits: a larger limit or offset than the server serves is clamped, not refused.
const wholeNumber = v.pipe(v.string(), v.regex(/^\d{1,30}$/, 'must be a whole number'), v.transform(Number));

export const itemFilterEntries = {
  q: optional(v.pipe(v.string(), v.maxLength(500, 'must be at most 500 characters long'))),
  category: optional(v.picklist(CATEGORIES, `must be one of: ${CATEGORIES.join(', ')}`)),
  entity: optional(entityIdSchema),
  region: optional(v.picklist(REGIONAL_GROUPS, `must be one of: ${REGIONAL_GROUPS.join(', ')}`)),
  kind: optional(v.picklist(ENTITY_KINDS, `must be one of: ${ENTITY_KINDS.join(', ')}`)),
  year: optional(v.pipe(v.string(), v.regex(/^\d{4}$/, 'must be a year (yyyy)'))),
  status: optional(v.pipe(v.string(), v.regex(/^[a-z_]{1,40}$/, 'must be a status such as in_force or open'))),
  language: optional(v.picklist(LANGUAGES, `must be one of: ${LANGUAGES.join(', ')}`)),
};

export const ItemsQuery = v.object({ ...itemFilterEntries, limit: optional(wholeNumber), offset: optional(wholeNumber) });
export const ExportQuery = v.object(itemFilterEntries);

export const AssistanceQuery = v.object({
  thematicArea: optional(v.pipe(v.string(), v.maxLength(200))),
  status: optional(v.pipe(v.string(), v.maxLength(40))),
});

export const EventsQuery = v.object({
  from: optional(isoDateSchema),
  to: optional(isoDateSchema),
  entity: optional(entityIdSchema),
  kind: optional(v.pipe(v.string(), v.maxLength(40))),
});

/** Public answers carry no session data: any cache may keep them for a minute. */
export const PUBLIC_CACHE = 'public, max-age=60';
