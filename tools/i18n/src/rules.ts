/**
 * What makes a translation of a message acceptable against its English source: the same `{name}`
 * placeholders, and plural forms only in the CLDR categories the language has (plus `zero`, which the
 * app uses for an exact 0), always with `other`. Pure: the web's completeness test and the XLIFF import
 * both judge with these rules.
 */
export type PluralForms = Readonly<Record<string, string>>;
export type Message = string | PluralForms;
export type Messages = Readonly<Record<string, Message>>;

export type ProblemKind = 'missing' | 'extra' | 'placeholders' | 'plural-category' | 'plural-other' | 'plural-shape';

export interface Problem {
  readonly key: string;
  readonly kind: ProblemKind;
  readonly detail: string;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** Every `{name}` a message uses, over all its plural forms. */
export function placeholdersOf(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  const names = new Set(texts.flatMap((text) => [...text.matchAll(PLACEHOLDER)].map((match) => match[1]!)));
  return [...names].sort();
}

/** The plural categories a message may use in `language`, in CLDR order. */
export function pluralCategoriesOf(language: string): string[] {
  const own = new Intl.PluralRules(language).resolvedOptions().pluralCategories as string[];
  return ['zero', 'one', 'two', 'few', 'many', 'other'].filter((category) => category === 'zero' || own.includes(category));
}

/** What is wrong with `translation` (a message of `language`) against `english`; empty when nothing is. */
export function problemsOfMessage(key: string, english: Message, translation: Message, language: string): Problem[] {
  if (typeof english === 'string' && typeof translation !== 'string') {
    return [{ key, kind: 'plural-shape', detail: 'English is a plain string; the translation has plural forms' }];
  }
  if (typeof english !== 'string' && typeof translation === 'string') {
    return [{ key, kind: 'plural-shape', detail: 'English has plural forms; the translation is a plain string' }];
  }
  const problems: Problem[] = [];
  if (typeof translation !== 'string') {
    const allowed = pluralCategoriesOf(language);
    const invalid = Object.keys(translation).filter((category) => !allowed.includes(category));
    if (invalid.length > 0) {
      problems.push({
        key,
        kind: 'plural-category',
        detail: `categories ${invalid.join(', ')} do not exist in ${language} (it has ${allowed.join(', ')})`,
      });
    }
    if (translation.other === undefined) problems.push({ key, kind: 'plural-other', detail: 'the plural lacks its `other` form' });
  }
  const expected = placeholdersOf(english);
  const actual = placeholdersOf(translation);
  if (expected.join() !== actual.join()) {
    const shown = (names: string[]) => (names.length ? names.map((name) => `{${name}}`).join(' ') : 'none');
    problems.push({ key, kind: 'placeholders', detail: `placeholders ${shown(actual)}; English has ${shown(expected)}` });
  }
  return problems;
}

/** Every problem of a dictionary of `language` against its English source, key by key. */
export function problemsOf(english: Messages, translation: Messages, language: string): Problem[] {
  const problems: Problem[] = [];
  for (const [key, source] of Object.entries(english)) {
    const target = translation[key];
    if (target === undefined) problems.push({ key, kind: 'missing', detail: 'no translation' });
    else problems.push(...problemsOfMessage(key, source, target, language));
  }
  for (const key of Object.keys(translation)) {
    if (!Object.hasOwn(english, key)) problems.push({ key, kind: 'extra', detail: 'English has no such key' });
  }
  return problems;
}

/** One line per problem, for a test failure or a command's output. */
export const describeProblems = (problems: readonly Problem[]): string =>
  problems.map((problem) => `  ${problem.key}: ${problem.kind}: ${problem.detail}`).join('\n');
