import { afterEach, describe, expect, it } from 'vitest';
import { setLocale, t } from './i18n.svelte.ts';

describe('values inside messages on a right-to-left page', () => {
  afterEach(() => setLocale('en', { persist: false }));

  it('are bidi isolates in Arabic, so a Latin address or an Arabic date keeps its own order', async () => {
    await setLocale('ar', { persist: false });
    expect(t('auth.signedInAs', { email: 'a@b.org' })).toContain('\u2068a@b.org\u2069');
  });

  it('are left as they are in a left-to-right language', async () => {
    await setLocale('fr', { persist: false });
    expect(t('auth.signedInAs', { email: 'a@b.org' })).not.toMatch(/[\u2068\u2069]/);
  });
});
