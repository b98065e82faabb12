import { afterEach, describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { setLocale, t } from './i18n.svelte.ts';
import { translate } from './translate.ts';

describe('values inside messages on a right-to-left page', () => {
  afterEach(() => setLocale('en', { persist: false }));

  it('are bidi isolates in Arabic, so a Latin address or an Arabic date keeps its own order', async () => {
    await setLocale('ar', { persist: false });
    expect(t('auth.signedInAs', { email: 'a@b.org' })).toContain('\u2068a@b.org\u2069');
  });

  it('isolates a message still in English as a whole, so its words keep their order', () => {
    expect(translate({}, 'ar', en, 'app.skipToContent', undefined, true)).toBe('\u2068Skip to main content\u2069');
    expect(translate({ 'nav.home': 'الرئيسية' }, 'ar', en, 'nav.home', undefined, true)).toBe('الرئيسية');
  });

  it('are left as they are in a left-to-right language', async () => {
    await setLocale('fr', { persist: false });
    expect(t('auth.signedInAs', { email: 'a@b.org' })).not.toMatch(/[\u2068\u2069]/);
  });
});
