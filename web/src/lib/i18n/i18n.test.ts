import { afterEach, describe, expect, it } from 'vitest';
import { ar } from './ar.ts';
import { en } from './en.ts';
import { FEATURES, featureLoaders } from './features.ts';
import { fr } from './fr.ts';
import { formatDate, formatNumber } from './format.ts';
import { hasMessage, i18n, initLocale, loadFeatures, LOCALE_STORAGE_KEY, setLocale, t } from './i18n.svelte.ts';
import { detectLanguage, directionOf } from './languages.ts';
import { interpolate, translate } from './translate.ts';

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
    const ru = {
      'drafts.count': { one: '{count} черновик', few: '{count} черновика', many: '{count} черновиков', other: '{count} черновика' },
    };
    expect(translate(ru, 'ru', en, 'drafts.count', { count: 21 })).toBe('21 черновик');
    expect(translate(ru, 'ru', en, 'drafts.count', { count: 3 })).toBe('3 черновика');
    expect(translate(ru, 'ru', en, 'drafts.count', { count: 11 })).toBe('11 черновиков');
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
  it('loads a language lazily and falls back key by key', async () => {
    await setLocale('es', { persist: false });
    expect(i18n.locale).toBe('es');
    expect(t('nav.home')).toBe('Inicio');
    expect(t('errors.notFound')).toBe(en['errors.notFound']);
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

  it('shows the strings of a feature once it is loaded, in the current language', async () => {
    await setLocale('fr', { persist: false });
    await loadFeatures(['monitoring']);
    expect(hasMessage('mon.loading')).toBe(true);
    const french = await featureLoaders.monitoring.fr!();
    expect(t('mon.loading')).toBe(french['mon.loading']);
  });

  it('switches the strings of a loaded feature with the language, and falls back to English', async () => {
    await loadFeatures(['drafting']);
    const english = await featureLoaders.drafting.en();
    await setLocale('fr', { persist: false });
    expect(t('drafts.new')).not.toBe(english['drafts.new']);
    await setLocale('es', { persist: false });
    expect(t('drafts.new')).toBe(english['drafts.new']);
    expect(t('nav.home')).toBe('Inicio');
  });

  it('applies features and a language asked for at the same time', async () => {
    await Promise.all([setLocale('fr', { persist: false }), loadFeatures(['exchanges'])]);
    const french = await featureLoaders.exchanges.fr!();
    expect(i18n.locale).toBe('fr');
    expect(t('xch.title')).toBe(french['xch.title']);
  });
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
