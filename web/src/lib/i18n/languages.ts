import { LANGUAGES, RTL_LANGUAGES, isLanguage, type Language } from '@clearinghouse/shared/languages';

export { LANGUAGES, isLanguage, type Language };

export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language named in itself (an endonym): never translated. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  fr: 'Français',
  ar: 'العربية',
  es: 'Español',
  ru: 'Русский',
  zh: '中文',
};

export const directionOf = (language: Language): 'ltr' | 'rtl' => (RTL_LANGUAGES.includes(language) ? 'rtl' : 'ltr');

/**
 * The first supported language among a stored choice and the browser's preferences
 * (`fr-CA` → `fr`, `zh-Hans-CN` → `zh`), else English.
 */
export function detectLanguage(stored: string | null, preferred: readonly string[]): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return DEFAULT_LANGUAGE;
}
