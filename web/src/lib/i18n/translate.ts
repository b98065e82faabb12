import type { Language } from './languages.ts';
import type { Message, MessageKey, PartialDictionary, Params, PluralMessage } from './types.ts';

const pluralRules = new Map<Language, Intl.PluralRules>();
const numberFormats = new Map<Language, Intl.NumberFormat>();

function pluralRulesFor(language: Language): Intl.PluralRules {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  return rules;
}

function numberFormatFor(language: Language): Intl.NumberFormat {
  let format = numberFormats.get(language);
  if (!format) numberFormats.set(language, (format = new Intl.NumberFormat(language)));
  return format;
}

function selectPlural(message: PluralMessage, language: Language, count: number): string {
  // An exact zero form reads better than "0 items" in every language that defines one.
  if (count === 0 && message.zero !== undefined) return message.zero;
  const category = pluralRulesFor(language).select(count);
  return message[category] ?? message.other;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * First-strong isolate … pop directional isolate: a value set in its own direction, so an Arabic date
 * inside a sentence still in English (or a Latin name inside an Arabic one) is not reordered with it.
 */
const isolated = (value: string) => `\u2068${value}\u2069`;

/**
 * Replaces `{name}` placeholders; numbers are formatted for the language; unknown ones stay visible.
 * With `isolate` (a right-to-left page) each value is a bidi isolate.
 */
export function interpolate(text: string, language: Language, params?: Params, isolate = false): string {
  if (!params) return text;
  return text.replace(PLACEHOLDER, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    const shown = typeof value === 'number' ? numberFormatFor(language).format(value) : value;
    return isolate ? isolated(shown) : shown;
  });
}

export function render(message: Message, language: Language, params?: Params, isolate = false): string {
  if (typeof message === 'string') return interpolate(message, language, params, isolate);
  const count = params?.count;
  const text = selectPlural(message, language, typeof count === 'number' ? count : Number.NaN);
  return interpolate(text, language, params, isolate);
}

/**
 * Looks `key` up in the language's dictionary, falling back to English. A fallback is rendered
 * with English plural rules, because the words are English.
 */
export function translate(
  dictionary: PartialDictionary,
  language: Language,
  fallback: PartialDictionary,
  key: MessageKey,
  params?: Params,
  isolate = false,
): string {
  const own = dictionary[key];
  if (own !== undefined) return render(own, language, params, isolate);
  const english = fallback[key];
  // Still English on a right-to-left page: isolated, so the sentence keeps its own left-to-right order.
  if (english !== undefined) return isolate ? isolated(render(english, 'en', params, isolate)) : render(english, 'en', params);
  return key;
}
