/** Reporting cycles: a request for information with a deadline, like note verbale ICC-ASP/9/SP/PA/21. */
import * as v from 'valibot';
import { CATEGORIES } from './category-fields.ts';
import { entityIdSchema, isoDateSchema, textSchema, timestampSchema, uniqueItems, uuidSchema } from './common.ts';
import { LONG_TEXT_MAX, TEXT_MAX } from './category-fields.ts';

export const ALL_STATES_PARTIES = 'all-states-parties';

/**
 * The languages every request is written in: the Assembly sends its notes verbales in English, French
 * and Spanish. Arabic, Chinese and Russian are welcome but optional.
 */
export const REQUEST_LANGUAGES = ['en', 'fr', 'es'] as const;

const blankToNull = (s: string | null | undefined) => (s == null || s.trim() === '' ? null : s);
const translated = (max: number) => v.optional(v.nullable(textSchema(max)));

/** A request's title in languages other than English (English is `title`, the field clients of version 1 know). */
const titlesSchema = v.strictObject(
  { fr: translated(TEXT_MAX), es: translated(TEXT_MAX), ar: translated(TEXT_MAX), zh: translated(TEXT_MAX), ru: translated(TEXT_MAX) },
  'must hold titles by language (fr, es, ar, zh, ru)',
);
/** A request's text by language. */
const textsSchema = v.strictObject(
  {
    en: translated(LONG_TEXT_MAX),
    fr: translated(LONG_TEXT_MAX),
    es: translated(LONG_TEXT_MAX),
    ar: translated(LONG_TEXT_MAX),
    zh: translated(LONG_TEXT_MAX),
    ru: translated(LONG_TEXT_MAX),
  },
  'must hold texts by language (en, fr, es, ar, zh, ru)',
);

const cycleEntries = {
  reference: v.pipe(textSchema(200), v.minLength(1, 'must not be empty')),
  /** The title in English. */
  title: v.pipe(textSchema(TEXT_MAX), v.minLength(1, 'must not be empty')),
  titles: v.optional(titlesSchema),
  texts: v.optional(textsSchema),
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
};

type LanguageFields = {
  title: string;
  titles?: Record<string, string | null | undefined>;
  texts?: Record<string, string | null | undefined>;
};

/**
 * The fields a multilingual request still lacks: once a body speaks of languages (`titles` or
 * `texts`), its title and text must exist in English, French and Spanish. A body with `title` alone
 * (version 1 of the protocol) stays a valid English-only request.
 */
export function missingRequestLanguages(c: LanguageFields): string[] {
  if (c.titles === undefined && c.texts === undefined) return [];
  const missing: string[] = [];
  for (const language of REQUEST_LANGUAGES) {
    if (language !== 'en' && !blankToNull(c.titles?.[language])) missing.push(`titles.${language}`);
  }
  for (const language of REQUEST_LANGUAGES) if (!blankToNull(c.texts?.[language])) missing.push(`texts.${language}`);
  return missing;
}

const DEADLINE_MESSAGE = 'must not be before issuedOn';
// Generic so each pipe's object type flows through (valibot types a check by its input).
const deadlineCheck = <T extends { issuedOn: string; deadline: string }>() =>
  v.rawCheck<T>(({ dataset, addIssue }) => {
    if (dataset.typed && dataset.value.deadline < dataset.value.issuedOn) {
      addIssue({
        message: DEADLINE_MESSAGE,
        path: [{ type: 'object', origin: 'value', input: dataset.value, key: 'deadline', value: dataset.value.deadline }],
      });
    }
  });

/** One issue per missing language, named by its field (`titles.es`), so the form can point at it. */
const languagesCheck = <T extends LanguageFields>() =>
  v.rawCheck<T>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    for (const path of missingRequestLanguages(dataset.value)) {
      const [key, language] = path.split('.') as ['titles' | 'texts', string];
      addIssue({
        message: 'must be given: a request is written in English, French and Spanish',
        path: [
          { type: 'object', origin: 'value', input: dataset.value, key, value: dataset.value[key] },
          { type: 'object', origin: 'value', input: dataset.value[key] ?? {}, key: language, value: dataset.value[key]?.[language] },
        ],
      });
    }
  });

/** The body of POST /api/cycles: the server gives the id. */
const createObject = v.object(cycleEntries);
type CreateShape = v.InferOutput<typeof createObject>;
export const cycleCreateSchema = v.pipe(createObject, deadlineCheck<CreateShape>(), languagesCheck<CreateShape>());
export type CycleCreate = v.InferOutput<typeof cycleCreateSchema>;

/**
 * A stored request. Requests issued before they had languages may lack Spanish: they stay readable
 * (the reader's fallback chain), and an edit of their texts must then add it.
 */
const storedEntries = { id: uuidSchema, ...cycleEntries, closedAt: v.optional(v.nullable(timestampSchema)) };
const storedObject = v.object(storedEntries);
type StoredShape = v.InferOutput<typeof storedObject>;
export const cycleSchema = v.pipe(storedObject, deadlineCheck<StoredShape>());
/** A stored request whose languages were just edited: then it must have the three. */
export const multilingualCycleSchema = v.pipe(storedObject, deadlineCheck<StoredShape>(), languagesCheck<StoredShape>());
export type Cycle = v.InferOutput<typeof cycleSchema>;
