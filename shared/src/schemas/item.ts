/**
 * Items: one element of a submission, of one category. A draft may be incomplete, so only `id`,
 * `submissionId` and `category` are required; every field present must be valid.
 */
import * as v from 'valibot';
import {
  CATEGORIES,
  CATEGORY_FIELDS,
  LIST_MAX,
  LONG_TEXT_MAX,
  TEXT_MAX,
  allowedItemFields,
  confidentialisableFields,
  isCategory,
  type Category,
} from './category-fields.ts';
import { attachmentSchema } from './attachment.ts';
import { singleLineSchema, textSchema, uuidSchema } from './common.ts';
import { fieldSchema, listOf, type FieldValues } from './field-schema.ts';
import { validateRecord, type Validation } from './validate.ts';
import { isPosition } from '../fractional-index.ts';

const baseEntries = {
  id: uuidSchema,
  submissionId: uuidSchema,
  category: v.picklist(CATEGORIES, `must be one of: ${CATEGORIES.join(', ')}`),
  position: v.optional(
    v.pipe(
      v.string('must be text'),
      v.check((s: string) => isPosition(s), 'must be a fractional index key'),
    ),
  ),
  confidential: v.optional(v.boolean('must be true or false')),
  confidentialFields: v.optional(listOf(v.string('must be text'))),
  title: v.optional(v.nullable(singleLineSchema(TEXT_MAX))),
  description: v.optional(v.nullable(textSchema(LONG_TEXT_MAX))),
  attachments: v.optional(
    v.pipe(v.array(attachmentSchema, 'must be a list'), v.maxLength(LIST_MAX, `must hold at most ${LIST_MAX} attachments`)),
  ),
};

/** What every item has; `category` narrows to one category in ItemOf. */
export const baseItemSchema = v.object(baseEntries);
export type BaseItem = v.InferOutput<typeof baseItemSchema>;
export type ItemFieldsOf<C extends Category> = FieldValues<(typeof CATEGORY_FIELDS)[C]>;
export type ItemOf<C extends Category> = Omit<BaseItem, 'category'> & { category: C } & ItemFieldsOf<C>;
export type Item = { [C in Category]: ItemOf<C> }[Category];

const entriesFor = (category: Category, partial: boolean) => {
  const confidentialisable = [...confidentialisableFields(category)];
  const entries: v.ObjectEntries = {
    ...baseEntries,
    category: v.literal(category, `must be ${category}`),
    confidentialFields: v.optional(
      listOf(v.picklist(confidentialisable, `must name fields of category ${category}: ${confidentialisable.join(', ')}`)),
    ),
    ...Object.fromEntries(CATEGORY_FIELDS[category].map((d) => [d.name, v.optional(fieldSchema(d))])),
  };
  if (partial) for (const key of ['id', 'submissionId', 'category']) entries[key] = v.optional(entries[key]!);
  return entries;
};

const build = (partial: boolean) =>
  Object.fromEntries(CATEGORIES.map((c) => [c, v.object(entriesFor(c, partial), 'must be an object')])) as Record<
    Category,
    v.ObjectSchema<v.ObjectEntries, string>
  >;
const fullSchemas = build(false);
const partialSchemas = build(true);

/** The complete schema of one category's items (a record as stored and synced). */
// The schemas are built from the field tables at run time, so valibot infers a wide type; ItemOf<C> is the
// same shape written out (item.test.ts parses each category's items through them).
export const itemSchemaFor = <C extends Category>(category: C) => fullSchemas[category] as unknown as v.GenericSchema<unknown, ItemOf<C>>;

/** Any item, dispatched on `category`. */
export const itemSchema = v.variant(
  'category',
  // the same run-time-built schemas: each has a literal `category`, which their inferred type loses
  Object.values(fullSchemas) as unknown as v.VariantOptions<'category'>,
  'must be an item with a known category',
) as unknown as v.GenericSchema<unknown, Item>;

/**
 * Validates an item's fields. `partial: true` for a push's changed fields (nothing is required);
 * `partial: false` for a whole record (id, submissionId and category required, category matching).
 */
export function validateItemPatch<C extends Category>(
  category: C,
  fields: unknown,
  options: { partial: boolean },
): Validation<Partial<ItemOf<C>>>;
export function validateItemPatch(category: unknown, fields: unknown, options: { partial: boolean }): Validation<Partial<Item>>;
export function validateItemPatch(category: unknown, fields: unknown, { partial }: { partial: boolean }): Validation<Partial<Item>> {
  if (!isCategory(category)) {
    return {
      ok: false,
      details: [{ field: 'category', code: 'not-an-option', message: `category must be one of: ${CATEGORIES.join(', ')}.` }],
    };
  }
  // run-time-built schemas again (see itemSchemaFor)
  const schema = (partial ? partialSchemas : fullSchemas)[category] as unknown as v.GenericSchema<unknown, Partial<Item>>;
  return validateRecord(schema, fields, allowedItemFields(category), `an item of category ${category}`);
}
