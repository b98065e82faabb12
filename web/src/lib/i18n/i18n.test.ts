import { afterEach, describe, expect, it, vi } from 'vitest';
import { ar } from './ar.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { FEATURES, featureLoaders } from './features.ts';
import { fr } from './fr.ts';
import { ru } from './ru.ts';
import { zh } from './zh.ts';
import { formatDate, formatNumber } from './format.ts';
import { hasMessage, i18n, initLocale, loadFeatures, LOCALE_STORAGE_KEY, setLocale, t } from './i18n.svelte.ts';
import { detectLanguage, directionOf } from './languages.ts';
import { interpolate, translate } from './translate.ts';
import type { Message } from './types.ts';

class MemoryStorage {
  private values = new Map<string, string>();
  getItem = (key: string) => this.values.get(key) ?? null;
  setItem = (key: string, value: string) => void this.values.set(key, String(value));
  removeItem = (key: string) => void this.values.delete(key);
}

afterEach(async () => {
  await setLocale('en', { persist: false });
  Reflect.deleteProperty(globalThis, 'localStorage');
});

describe('translate', () => {
  it('falls back to English for a key the language lacks', () => {
    expect(translate({}, 'es', en, 'nav.home')).toBe('Home');
    expect(translate({ 'nav.home': 'Inicio' }, 'es', en, 'nav.home')).toBe('Inicio');
  });

  it('interpolates {name} placeholders and leaves unknown ones visible', () => {
    expect(translate(fr, 'fr', en, 'auth.signedInAs', { email: 'a@b.org' })).toBe('Session ouverte\u00a0: a@b.org');
    expect(interpolate('{a} and {b}', 'en', { a: 'x' })).toBe('x and {b}');
  });

  it('formats numbers in placeholders for the language', () => {
    expect(interpolate('{count}', 'en', { count: 12345 })).toBe('12,345');
    expect(interpolate('{count}', 'fr', { count: 12345 })).toMatch(/^12\s345$/u);
  });

  it('chooses the plural form with Intl.PluralRules', () => {
    expect(translate(en, 'en', en, 'drafts.count', { count: 1 })).toBe('1 draft');
    expect(translate(en, 'en', en, 'drafts.count', { count: 2 })).toBe('2 drafts');
    // French treats 0 and 1 as singular.
    expect(translate(fr, 'fr', en, 'drafts.count', { count: 0 })).toBe('0 brouillon');
    expect(translate(ru, 'ru', en, 'drafts.count', { count: 21 })).toBe('21 черновик');
    expect(translate(ru, 'ru', en, 'drafts.count', { count: 3 })).toBe('3 черновика');
    expect(translate(ru, 'ru', en, 'drafts.count', { count: 11 })).toBe('11 черновиков');
    expect(translate(ru, 'ru', en, 'drafts.count', { count: 1.5 })).toBe('1,5 черновика');
    // Chinese has one form for every number.
    expect(translate(zh, 'zh', en, 'drafts.count', { count: 1 })).toBe('1份草稿');
  });

  it('uses an explicit zero form, and Arabic dual', () => {
    expect(translate(ar, 'ar', en, 'drafts.count', { count: 0 })).toBe('لا توجد مسودات');
    expect(translate(ar, 'ar', en, 'drafts.count', { count: 2 })).toBe('مسودتان');
  });

  it('renders an English fallback with English plural rules', () => {
    // Russian "one" applies to 21; the English words must still say "drafts".
    expect(translate({}, 'ru', en, 'drafts.count', { count: 21 })).toBe('21 drafts');
  });
});

describe('languages', () => {
  it('prefers the stored choice, then the browser languages, then English', () => {
    expect(detectLanguage('ar', ['fr-FR'])).toBe('ar');
    expect(detectLanguage('xx', ['de-DE', 'fr-CA'])).toBe('fr');
    expect(detectLanguage(null, ['zh-Hans-CN'])).toBe('zh');
    expect(detectLanguage(null, ['de'])).toBe('en');
  });

  it('writes Arabic right to left', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('fr')).toBe('ltr');
  });
});

describe('the i18n state', () => {
  it('loads a language lazily, with its whole core', async () => {
    await setLocale('es', { persist: false });
    expect(i18n.locale).toBe('es');
    expect(t('nav.home')).toBe('Inicio');
    expect(t('errors.notFound')).toBe('Esta página no existe.');
  });

  it('falls back to English key by key for a language that lacks a key', async () => {
    // Every shipped language is complete, so a partial one is staged: a fresh copy of the state
    // module whose Chinese core has a single key.
    vi.resetModules();
    vi.doMock('./zh.ts', () => ({ zh: { 'nav.home': '首页' } }));
    try {
      const state = await import('./i18n.svelte.ts');
      await state.setLocale('zh', { persist: false });
      expect(state.t('nav.home')).toBe('首页');
      expect(state.t('errors.notFound')).toBe(en['errors.notFound']);
    } finally {
      vi.doUnmock('./zh.ts');
      vi.resetModules();
    }
  });

  it('switches direction for Arabic and persists the choice', async () => {
    const storage = new MemoryStorage();
    Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });
    await setLocale('ar');
    expect(i18n.dir).toBe('rtl');
    expect(t('auth.signIn')).toBe('تسجيل الدخول');
    expect(storage.getItem(LOCALE_STORAGE_KEY)).toBe('ar');
    await setLocale('fr');
    expect(i18n.dir).toBe('ltr');
  });

  it('sets <html lang> and dir', async () => {
    const documentElement = { lang: 'en', dir: 'ltr' };
    Object.defineProperty(globalThis, 'document', { value: { documentElement }, configurable: true });
    try {
      await setLocale('ar', { persist: false });
      expect(documentElement).toEqual({ lang: 'ar', dir: 'rtl' });
      await setLocale('zh', { persist: false });
      expect(documentElement).toEqual({ lang: 'zh', dir: 'ltr' });
    } finally {
      Reflect.deleteProperty(globalThis, 'document');
    }
  });

  it('starts from the stored language', async () => {
    const storage = new MemoryStorage();
    storage.setItem(LOCALE_STORAGE_KEY, 'ru');
    Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });
    await initLocale();
    expect(i18n.locale).toBe('ru');
    expect(t('nav.search')).toBe('Поиск');
  });

  it('lets the last of two quick switches win', async () => {
    const first = setLocale('zh', { persist: false });
    const second = setLocale('fr', { persist: false });
    await Promise.all([first, second]);
    expect(i18n.locale).toBe('fr');
  });
});

describe('feature dictionaries', () => {
  it('has French for every key of the core and of every feature', async () => {
    const untranslated = Object.keys(en).filter((key) => !Object.hasOwn(fr, key));
    for (const feature of FEATURES) {
      const english = await featureLoaders[feature].en();
      const french = await featureLoaders[feature].fr!();
      untranslated.push(...Object.keys(english).filter((key) => !Object.hasOwn(french, key)));
    }
    expect(untranslated).toEqual([]);
  });

  it('has Arabic for every key, all six plural categories, and the English placeholders', async () => {
    const pairs: [string, unknown, unknown][] = Object.entries(en).map(([key, english]) => [
      key,
      english,
      (ar as Record<string, unknown>)[key],
    ]);
    for (const feature of FEATURES) {
      const english = await featureLoaders[feature].en();
      const arabic = await featureLoaders[feature].ar!();
      pairs.push(
        ...Object.entries(english).map(([key, message]): [string, unknown, unknown] => [key, message, arabic[key as keyof typeof arabic]]),
      );
    }
    const placeholders = (message: unknown) =>
      new Set(
        (typeof message === 'string' ? [message] : Object.values(message as object)).flatMap((text: string) =>
          [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]),
        ),
      );
    const problems: string[] = [];
    for (const [key, english, arabic] of pairs) {
      if (arabic === undefined) problems.push(`${key}: missing`);
      else if (typeof english !== typeof arabic) problems.push(`${key}: plural in one language only`);
      else {
        if (
          typeof arabic === 'object' &&
          Object.keys(arabic as object)
            .sort()
            .join() !== 'few,many,one,other,two,zero'
        )
          problems.push(`${key}: not the six Arabic plural categories`);
        // Arabic may leave the number out where the word says it ("مسودتان"), so only {count} may be missing.
        const missing = [...placeholders(english)].filter((name) => name !== 'count' && !placeholders(arabic).has(name));
        const extra = [...placeholders(arabic)].filter((name) => !placeholders(english).has(name));
        if (missing.length || extra.length) problems.push(`${key}: placeholders ${missing.concat(extra).join(', ')}`);
      }
      if (/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/u.test(JSON.stringify(arabic))) problems.push(`${key}: bidi control character`);
    }
    expect(problems).toEqual([]);
  });

  it('agrees Arabic counts with the number', () => {
    const count = (n: number) => translate(ar, 'ar', en, 'drafts.count', { count: n });
    expect([0, 1, 2, 3, 11, 100].map(count)).toEqual(['لا توجد مسودات', 'مسودة واحدة', 'مسودتان', '3 مسودات', '11 مسودة', '100 مسودة']);
  });

  it('has Spanish for every key of the core and of every feature', async () => {
    const untranslated = Object.keys(en).filter((key) => !Object.hasOwn(es, key));
    for (const feature of FEATURES) {
      const english = await featureLoaders[feature].en();
      const spanish = await featureLoaders[feature].es!();
      untranslated.push(...Object.keys(english).filter((key) => !Object.hasOwn(spanish, key)));
    }
    expect(untranslated).toEqual([]);
  });

  it('shows the strings of a feature once it is loaded, in the current language', async () => {
    await setLocale('fr', { persist: false });
    await loadFeatures(['monitoring']);
    expect(hasMessage('mon.loading')).toBe(true);
    const french = await featureLoaders.monitoring.fr!();
    expect(t('mon.loading')).toBe(french['mon.loading']);
  });

  it('switches the strings of a loaded feature with the language', async () => {
    await loadFeatures(['drafting']);
    const english = await featureLoaders.drafting.en();
    await setLocale('fr', { persist: false });
    expect(t('drafts.new')).not.toBe(english['drafts.new']);
    await setLocale('es', { persist: false });
    expect(t('drafts.new')).toBe('Nuevo borrador');
    expect(t('nav.home')).toBe('Inicio');
  });

  it('falls back to English for the keys a feature’s translation lacks', async () => {
    // A partial Spanish drafting file is staged in a fresh copy of the state module.
    vi.resetModules();
    vi.doMock('./features/drafting.es.ts', () => ({ draftingEs: { 'drafts.back': 'Todos los borradores' } }));
    try {
      const state = await import('./i18n.svelte.ts');
      await state.loadFeatures(['drafting']);
      await state.setLocale('es', { persist: false });
      expect(state.t('drafts.back')).toBe('Todos los borradores');
      expect(state.t('drafts.new')).toBe('New draft');
      expect(state.t('nav.home')).toBe('Inicio');
    } finally {
      vi.doUnmock('./features/drafting.es.ts');
      vi.resetModules();
    }
  });

  it('applies features and a language asked for at the same time', async () => {
    await Promise.all([setLocale('fr', { persist: false }), loadFeatures(['exchanges'])]);
    const french = await featureLoaders.exchanges.fr!();
    expect(i18n.locale).toBe('fr');
    expect(t('xch.title')).toBe(french['xch.title']);
  });
});

describe('complete translations', () => {
  const placeholders = (message: Message) =>
    [...new Set((typeof message === 'string' ? [message] : Object.values(message)).flatMap((text) => text.match(/\{\w+\}/g) ?? []))].sort();

  // Chinese and Russian are complete: no key falls back to English, each keeps English's placeholders,
  // and a plural message has every form the language's plural rules can select.
  for (const [language, core] of [
    ['zh', zh],
    ['ru', ru],
  ] as const) {
    it(`has every message in ${language}, with English's placeholders and the language's plural forms`, async () => {
      const pairs: [string, Message, Message | undefined][] = Object.entries(en).map(([key, english]) => [
        key,
        english,
        (core as Readonly<Record<string, Message>>)[key],
      ]);
      for (const feature of FEATURES) {
        const english = await featureLoaders[feature].en();
        const load = featureLoaders[feature][language];
        const translated: Readonly<Record<string, Message>> = load ? await load() : {};
        pairs.push(
          ...Object.entries(english).map(([key, message]) => [key, message!, translated[key]] as [string, Message, Message | undefined]),
        );
      }
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      const problems = pairs.flatMap(([key, english, translated]) => {
        if (translated === undefined) return [`${key}: missing`];
        if (typeof english !== typeof translated) return [`${key}: plural in one language only`];
        const found: string[] = [];
        const extra = placeholders(translated).filter((name) => !placeholders(english).includes(name));
        if (extra.length > 0) found.push(`${key}: unknown placeholders ${extra.join(' ')}`);
        if (typeof translated === 'string') {
          const lost = placeholders(english).filter((name) => !placeholders(translated).includes(name));
          if (lost.length > 0) found.push(`${key}: lost ${lost.join(' ')}`);
        } else {
          const missing = categories.filter((category) => category !== 'zero' && translated[category] === undefined);
          if (missing.length > 0) found.push(`${key}: no ${missing.join(', ')} form`);
          if (typeof english !== 'string' && english.zero !== undefined && translated.zero === undefined)
            found.push(`${key}: no zero form`);
        }
        return found;
      });
      expect(problems).toEqual([]);
    });
  }
});

describe('formatting', () => {
  it('keeps an ISO date on its calendar day in every time zone', () => {
    expect(formatDate('en', '2010-10-30')).toBe('October 30, 2010');
    expect(formatDate('fr', '2010-08-09')).toBe('9 août 2010');
  });

  it('formats numbers for the language', () => {
    expect(formatNumber('en', 1234.5)).toBe('1,234.5');
  });
});
