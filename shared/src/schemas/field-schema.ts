/**
 * Turns a field descriptor into its valibot schema and its TypeScript type, so neither is written by
 * hand. Every category field is nullable: null is "no answer", which a draft, or a State with nothing
 * to say, may give.
 */
import * as v from 'valibot';
import { LIST_MAX, LONG_TEXT_MAX, TEXT_MAX, type FieldDescriptor } from './category-fields.ts';
import { entityIdSchema, isoDateSchema, singleLineSchema, textSchema, uniqueItems, webAddressSchema } from './common.ts';

/** Rome Statute article numbers as written in the Statute: 1 to 128, with bis/ter (8bis, 15ter). */
const ARTICLE = /^([1-9]\d{0,2})(bis|ter|quater)?$/;
export const isArticleNumber = (value: string): boolean => {
  const match = ARTICLE.exec(value);
  return match !== null && Number(match[1]) <= 128;
};

/** A single article, or a range of articles in the Statute's order (86-102, 5-8bis); never backwards. */
export const isArticleRange = (value: string): boolean => {
  const parts = value.split('-');
  if (parts.length === 1) return isArticleNumber(value);
  if (parts.length !== 2 || !parts.every(isArticleNumber)) return false;
  const [from, to] = parts.map((p) => Number.parseInt(p, 10)) as [number, number];
  return from < to || (from === to && parts[0] !== parts[1] && parts[0] === String(from));
};

const PHONE = /^\+?[0-9][0-9 ().\-/]{2,39}(?:\s*(?:ext\.?|x)\s*\d{1,6})?$/i;

export const listOf = <T extends v.GenericSchema<unknown, string>>(item: T) =>
  v.pipe(
    v.array(item, 'must be a list'),
    v.maxLength(LIST_MAX, `must hold at most ${LIST_MAX} values`),
    v.check(uniqueItems, 'must not repeat a value'),
  );

const pickOne = (options: readonly string[]) => v.picklist(options, `must be one of: ${options.join(', ')}`);

const schemaOf = (d: FieldDescriptor): v.GenericSchema<unknown, unknown> => {
  const options = d.options ?? [];
  switch (d.kind) {
    case 'text':
      return singleLineSchema(d.maxLength ?? TEXT_MAX);
    case 'longtext':
      return textSchema(d.maxLength ?? LONG_TEXT_MAX);
    case 'date':
      return isoDateSchema;
    case 'enum':
      return pickOne(options);
    case 'enumList':
      return listOf(pickOne(options));
    case 'stringList':
      return listOf(singleLineSchema(d.maxLength ?? TEXT_MAX));
    case 'entityList':
      return listOf(entityIdSchema);
    case 'articles':
      return d.ranges
        ? listOf(
            v.pipe(
              v.string('must be text'),
              v.check(isArticleRange, 'must be a Rome Statute article such as 7 or 8bis, or a range such as 86-102'),
            ),
          )
        : listOf(v.pipe(v.string('must be text'), v.check(isArticleNumber, 'must be a Rome Statute article number such as 7 or 8bis')));
    case 'url':
      return webAddressSchema(d.maxLength ?? 2000);
    case 'email':
      return v.pipe(singleLineSchema(d.maxLength ?? 320), v.email('must be an email address'));
    case 'phone':
      return v.pipe(singleLineSchema(d.maxLength ?? 50), v.regex(PHONE, 'must be a telephone number such as +31 70 515 8376'));
    case 'boolean':
      return v.boolean('must be true or false');
  }
};

/** The schema of one descriptor, null allowed. */
export const fieldSchema = (d: FieldDescriptor): v.GenericSchema<unknown, unknown> => v.nullable(schemaOf(d));

/** The TypeScript value of a descriptor, derived from it (mirrors schemaOf). */
export type FieldValue<D> = D extends { kind: 'enum'; options: readonly (infer O)[] }
  ? O
  : D extends { kind: 'enumList'; options: readonly (infer O)[] }
    ? O[]
    : D extends { kind: 'boolean' }
      ? boolean
      : D extends { kind: 'stringList' | 'entityList' | 'articles' }
        ? string[]
        : string;

/** The optional, nullable fields a list of descriptors gives. */
export type FieldValues<Ds extends readonly FieldDescriptor[]> = {
  [D in Ds[number] as D['name']]?: FieldValue<D> | null;
};
