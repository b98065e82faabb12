/**
 * The app's language: a rune-based module. Components call `t()` in markup; it re-renders when the
 * locale changes or a feature's strings arrive. The English core is bundled; every other language, and
 * every feature's strings in every language (features.ts), is a chunk loaded on demand. Routes load
 * their features before they render (routes/+layout.ts), so a page never shows a raw key.
 */
import { coreLoaders } from './core.ts';
import { en } from './en.ts';
import { featureLoaders, type Feature } from './features.ts';
import { DEFAULT_LANGUAGE, detectLanguage, directionOf, type Language } from './languages.ts';
import { pseudoRequested } from './pseudo-flag.ts';
import { translate } from './translate.ts';
import type { MessageKey, PartialDictionary, Params } from './types.ts';

export const LOCALE_STORAGE_KEY = 'clearinghouse.locale';

type Part = Feature | 'core';

let locale = $state<Language>(DEFAULT_LANGUAGE);
/** The current language's messages, and English's (the fallback), for the core and the loaded features. */
let dictionary = $state.raw<PartialDictionary>(en);
let english = $state.raw<PartialDictionary>(en);

/** What the state should reflect; `apply()` brings it there. */
let wantedLocale: Language = DEFAULT_LANGUAGE;
const wantedFeatures = new Set<Feature>();
/** The pseudo language (pseudo.ts): every message shown in its accented, longer, bracketed form; null when off. */
let pseudo: ((dictionary: PartialDictionary) => PartialDictionary) | null = null;
let latestLocaleRequest = 0;

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
  if (import.meta.env.DEV && locale !== DEFAULT_LANGUAGE && !Object.hasOwn(dictionary, key)) warnUntranslated(key);
  // A right-to-left page isolates every value (dates, names, numbers) from the sentence around it.
  return translate(dictionary, locale, english, key, params, directionOf(locale) === 'rtl');
}

// The completeness test fails on a missing key; in development the page also says which one it hid.
const warned = new Set<string>();
function warnUntranslated(key: string): void {
  const id = `${locale}:${key}`;
  if (warned.has(id) || !Object.hasOwn(english, key)) return;
  warned.add(id);
  console.warn(`i18n: "${key}" has no ${locale} translation; English is shown (pnpm i18n:missing lists them all)`);
}

/** Whether `key` names a message loaded now (a key built from data, such as `field.${name}`). */
export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(english, key);
}

// One promise per dictionary part and language; a failed import is forgotten so it is tried again.
const parts = new Map<string, Promise<PartialDictionary>>();

function loadPart(part: Part, language: Language): Promise<PartialDictionary> {
  const id = `${part}:${language}`;
  let loaded = parts.get(id);
  if (!loaded) {
    const loader =
      part === 'core' ? (language === 'en' ? () => Promise.resolve(en) : coreLoaders[language]) : featureLoaders[part][language];
    // A language without a translation of this feature: its keys fall back to English.
    loaded = loader ? loader() : Promise.resolve({});
    parts.set(id, loaded);
    loaded.catch(() => parts.delete(id));
  }
  return loaded;
}

/**
 * The messages of `language` for the core and `features` (by default those loaded now). Rejects when
 * the core of `language` cannot be loaded; a feature's translation that cannot load is left out.
 */
export async function loadDictionary(language: Language, features: Iterable<Feature> = wantedFeatures): Promise<PartialDictionary> {
  const own = await Promise.all([
    loadPart('core', language),
    ...[...features].map((feature) => loadPart(feature, language).catch((): PartialDictionary => ({}))),
  ]);
  return Object.assign({}, ...own) as PartialDictionary;
}

// Applying runs one at a time, each from the wanted state at its turn, so the last wish wins.
let applying: Promise<void> = Promise.resolve();

function apply(): Promise<void> {
  const run = applying.then(async () => {
    const language = wantedLocale;
    const features = [...wantedFeatures];
    const [own, fallback] = await Promise.all([loadDictionary(language, features), loadDictionary('en', features)]);
    english = fallback;
    dictionary = pseudo ? pseudo(fallback) : own;
    locale = language;
  });
  applying = run.catch(() => undefined);
  return run;
}

/**
 * Makes the strings of `features` available to `t()`, in English and in the current language.
 * Rejects when a feature's English cannot be loaded (offline before the chunk was cached).
 */
export async function loadFeatures(features: readonly Feature[]): Promise<void> {
  const missing = features.filter((feature) => !wantedFeatures.has(feature));
  if (missing.length === 0) return;
  await Promise.all(missing.map((feature) => loadPart(feature, 'en')));
  missing.forEach((feature) => wantedFeatures.add(feature));
  await apply();
}

/** Switches the language once its dictionaries have loaded; a later call wins over an earlier one. */
export async function setLocale(language: Language, { persist = true } = {}): Promise<void> {
  const request = ++latestLocaleRequest;
  await loadPart('core', language);
  if (request !== latestLocaleRequest) return;
  wantedLocale = language;
  await apply();
  if (request !== latestLocaleRequest) return;
  applyToDocument(language);
  if (persist) writeStoredLocale(language);
}

/** The stored choice, else the browser's languages, else English. Call before the first render. */
export async function initLocale(): Promise<void> {
  const preferred = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  const language = detectLanguage(readStoredLocale(), preferred);
  // The transform is fetched only when asked for; if it cannot load, the page shows real messages.
  pseudo = pseudoRequested()
    ? await import('./pseudo.ts').then(
        (m) => m.pseudoDictionary,
        () => null,
      )
    : null;
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
