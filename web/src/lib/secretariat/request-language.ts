/**
 * A request for information is written in several languages (at least English, French and Spanish).
 * Each reader gets it in their own language, else in the first of English, French, Spanish that
 * exists, else in any language it has: never an empty title.
 */
import { LANGUAGES, type Cycle, type Language } from '@clearinghouse/shared';

export const FALLBACK_LANGUAGES: readonly Language[] = ['en', 'fr', 'es'];

/** The order in which a reader of `language` is offered the versions of a request. */
export const fallbackChain = (language: Language): Language[] => [...new Set([language, ...FALLBACK_LANGUAGES, ...LANGUAGES])];

export interface InLanguage {
  text: string;
  /** The language the text is in (for `lang`, and to say when it is not the reader's). */
  language: Language;
}

type RequestWords = Pick<Cycle, 'title' | 'titles' | 'texts'>;

export const titlesOf = (cycle: RequestWords): Partial<Record<Language, string | null | undefined>> => ({
  ...cycle.titles,
  en: cycle.title,
});

function pick(versions: Partial<Record<Language, string | null | undefined>>, language: Language): InLanguage | null {
  for (const candidate of fallbackChain(language)) {
    const text = versions[candidate];
    if (text && text.trim()) return { text, language: candidate };
  }
  return null;
}

/** The request's title for a reader of `language`. */
export const requestTitle = (cycle: RequestWords, language: Language): InLanguage =>
  pick(titlesOf(cycle), language) ?? { text: cycle.title, language: 'en' };

/** The request's text for a reader of `language`, or null when it has none in any language. */
export const requestText = (cycle: RequestWords, language: Language): InLanguage | null => pick(cycle.texts ?? {}, language);
