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

/** Replaces `{name}` placeholders; numbers are formatted for the language; unknown ones stay visible. */
export function interpolate(text: string, language: Language, params?: Params): string {
  if (!params) return text;
  return text.replace(PLACEHOLDER, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? numberFormatFor(language).format(value) : value;
  });
}

export function render(message: Message, language: Language, params?: Params): string {
  if (typeof message === 'string') return interpolate(message, language, params);
  const count = params?.count;
  const text = selectPlural(message, language, typeof count === 'number' ? count : Number.NaN);
  return interpolate(text, language, params);
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
): string {
  const own = dictionary[key];
  if (own !== undefined) return render(own, language, params);
  const english = fallback[key];
  if (english !== undefined) return render(english, 'en', params);
  return key;
}
