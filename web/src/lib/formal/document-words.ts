/**
 * The words of a formal document in the one language the Secretariat chose for it, whatever the
 * language of the app: the document's strings (features/formal.*), dates as the language writes
 * them and French typography. A key without a translation falls back to English, as on the pages.
 */
import { formalDate, formalTypography, isOneOf, type Language } from '@clearinghouse/shared';
import { loadDictionary } from '$lib/i18n/i18n.svelte.ts';
import type { Feature } from '$lib/i18n/features.ts';
import { languageName } from '$lib/i18n/language-name.ts';
import { translate } from '$lib/i18n/translate.ts';
import type { MessageKey, Params } from '$lib/i18n/types.ts';

/** The languages the Assembly's documents are written in here (Arabic, Chinese, Russian: not yet). */
export const DOCUMENT_LANGUAGES = ['en', 'fr', 'es'] as const satisfies readonly Language[];
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];
export const isDocumentLanguage = isOneOf(DOCUMENT_LANGUAGES);

export interface DocumentWords {
  language: DocumentLanguage;
  t(key: MessageKey, params?: Params): string;
  /** "9 August 2010", "1er février 2026", "9 de agosto de 2010". */
  date(value: string | Date): string;
  /** A language named in the document's language ("anglais", "español"). */
  languageName(of: Language): string;
}

export function documentWords(
  language: DocumentLanguage,
  own: Parameters<typeof translate>[0],
  english: Parameters<typeof translate>[2],
): DocumentWords {
  return {
    language,
    t: (key, params) => formalTypography(language, translate(own, language, english, key, params)),
    date: (value) => formalDate(language, value),
    languageName: (of) => languageName(of, language),
  };
}

const FEATURES: Feature[] = ['formal', 'secretariat', 'fields', 'public'];

export async function loadDocumentWords(language: DocumentLanguage): Promise<DocumentWords> {
  const english = await loadDictionary('en', FEATURES);
  const own = language === 'en' ? english : await loadDictionary(language, FEATURES);
  return documentWords(language, own, english);
}

/** The usual symbol of a document of the Assembly's session of that year (the first session was in 2002). */
export const defaultSymbol = (today: string): string => `ICC-ASP/${Number(today.slice(0, 4)) - 2001}/xx`;
