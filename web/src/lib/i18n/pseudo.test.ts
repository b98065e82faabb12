import { afterEach, describe, expect, it } from 'vitest';
import { initLocale, setLocale, t } from './i18n.svelte.ts';
import { PSEUDO_STORAGE_KEY } from './pseudo-flag.ts';
import { pseudoMessage, pseudoText } from './pseudo.ts';

describe('pseudo-localisation', () => {
  afterEach(async () => {
    Reflect.deleteProperty(globalThis, 'localStorage');
    await initLocale();
    await setLocale('en', { persist: false });
  });

  it('accents, lengthens by about 40 % and brackets a message', () => {
    expect(pseudoText('Sign in')).toBe('⟦Šîĝñ îñ···⟧');
    const long = 'Transmit to the Secretariat';
    expect(pseudoText(long).length).toBeGreaterThanOrEqual(Math.round(long.length * 1.4) + 2);
  });

  it('leaves placeholders untouched', () => {
    expect(pseudoText('Signed in as {email}')).toBe('⟦Šîĝñéđ îñ áš {email}······⟧');
    expect(pseudoMessage({ one: '{count} draft', other: '{count} drafts' })).toEqual({
      one: '⟦{count} đŕáƒţ···⟧',
      other: '⟦{count} đŕáƒţš···⟧',
    });
  });

  it('is used by t() only when the storage flag is set at start', async () => {
    await initLocale();
    expect(t('nav.home')).toBe('Home');
    const values = new Map([[PSEUDO_STORAGE_KEY, '1']]);
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      value: { getItem: (k: string) => values.get(k) ?? null, setItem: () => {}, removeItem: () => {} },
    });
    await initLocale();
    expect(t('nav.home')).toBe('⟦Ĥöɱé··⟧');
    expect(t('auth.signedInAs', { email: 'a@b.org' })).toMatch(/^⟦.*a@b\.org·+⟧$/);
  });
});
