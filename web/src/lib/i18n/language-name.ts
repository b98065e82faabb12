import { LANGUAGE_NAMES, type Language } from './languages.ts';

/** `of` named in `inLanguage` ("Spanish", "espagnol", "español"), from the browser's own CLDR data. */
export function languageName(of: Language, inLanguage: Language): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(of) ?? LANGUAGE_NAMES[of];
  } catch {
    return LANGUAGE_NAMES[of];
  }
}

/** For the start of a sentence or a heading: "Espagnol (obligatoire)". */
export const capitalised = (text: string, language: Language): string => text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
