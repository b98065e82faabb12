import { isOneOf } from './one-of.ts';

/** The six official languages of the Assembly; English and French are the Court's working languages. */
export const LANGUAGES = ['en', 'fr', 'ar', 'es', 'ru', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];
export const RTL_LANGUAGES: readonly Language[] = ['ar'];

export const isLanguage = isOneOf(LANGUAGES);
