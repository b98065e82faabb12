/**
 * The app's language: a rune-based module. Components call `t()` in markup; it re-renders when the
 * locale changes. English is bundled; every other language is a separate chunk loaded on demand.
 */
import { en } from './en.ts';
import { DEFAULT_LANGUAGE, detectLanguage, directionOf, type Language } from './languages.ts';
import { translate } from './translate.ts';
import type { MessageKey, PartialDictionary, Params } from './types.ts';

export const LOCALE_STORAGE_KEY = 'clearinghouse.locale';

const loaders: Readonly<Record<Exclude<Language, 'en'>, () => Promise<PartialDictionary>>> = {
  fr: () => import('./fr.ts').then((m) => m.fr),
  ar: () => import('./ar.ts').then((m) => m.ar),
  es: () => import('./es.ts').then((m) => m.es),
  ru: () => import('./ru.ts').then((m) => m.ru),
  zh: () => import('./zh.ts').then((m) => m.zh),
};

let locale = $state<Language>(DEFAULT_LANGUAGE);
let dictionary = $state.raw<PartialDictionary>(en);
let latestRequest = 0;

export const i18n = {
  get locale(): Language {
    return locale;
  },
  get dir(): 'ltr' | 'rtl' {
    return directionOf(locale);
  },
};

/** The message for `key` in the current language (English when it has none), with `{name}` filled. */
export function t(key: MessageKey, params?: Params): string {
  return translate(dictionary, locale, en, key, params);
}

export async function loadDictionary(language: Language): Promise<PartialDictionary> {
  return language === 'en' ? en : loaders[language]();
}

/** Switches the language once its dictionary has loaded; a later call wins over an earlier one. */
export async function setLocale(language: Language, { persist = true } = {}): Promise<void> {
  const request = ++latestRequest;
  const loaded = await loadDictionary(language);
  if (request !== latestRequest) return;
  dictionary = loaded;
  locale = language;
  applyToDocument(language);
  if (persist) writeStoredLocale(language);
}

/** The stored choice, else the browser's languages, else English. Call before the first render. */
export async function initLocale(): Promise<void> {
  const preferred = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  const language = detectLanguage(readStoredLocale(), preferred);
  try {
    await setLocale(language, { persist: false });
  } catch {
    // The language chunk could not load (offline before it was cached): English still works.
    await setLocale(DEFAULT_LANGUAGE, { persist: false });
  }
}

function applyToDocument(language: Language): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

function readStoredLocale(): string | null {
  try {
    return globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY) ?? null;
  } catch {
    return null; // storage disabled (privacy settings): fall through to the browser's languages
  }
}

function writeStoredLocale(language: Language): void {
  try {
    globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, language);
  } catch {
    // Not persisted; the choice still applies to this session.
  }
}
