import { describe, expect, it } from 'vitest';
import { fallbackChain, requestText, requestTitle } from './request-language.ts';

const trilingual = {
  title: 'Request for information',
  titles: { fr: 'Demande d’informations', es: 'Solicitud de información' },
  texts: { en: 'The Secretariat requests…', fr: 'Le Secrétariat prie…', es: 'La Secretaría pide…' },
};

describe('a request in the reader’s language', () => {
  it('reads each language its own version', () => {
    expect(requestTitle(trilingual, 'es')).toEqual({ text: 'Solicitud de información', language: 'es' });
    expect(requestTitle(trilingual, 'fr')).toEqual({ text: 'Demande d’informations', language: 'fr' });
    expect(requestText(trilingual, 'es')).toEqual({ text: 'La Secretaría pide…', language: 'es' });
  });

  it('falls back to English, then French, then Spanish, then any language', () => {
    expect(fallbackChain('ar')).toEqual(['ar', 'en', 'fr', 'es', 'ru', 'zh']);
    expect(requestTitle(trilingual, 'ar')).toEqual({ text: 'Request for information', language: 'en' });
    const noEnglishText = { ...trilingual, texts: { fr: 'Le Secrétariat prie…', es: 'La Secretaría pide…' } };
    expect(requestText(noEnglishText, 'zh')).toEqual({ text: 'Le Secrétariat prie…', language: 'fr' });
    expect(requestText({ ...trilingual, texts: { es: 'Solo español', ru: 'Только по-русски' } }, 'ar')).toEqual({
      text: 'Solo español',
      language: 'es',
    });
    expect(requestText({ ...trilingual, texts: { ru: 'Только по-русски' } }, 'fr')).toEqual({ text: 'Только по-русски', language: 'ru' });
  });

  it('skips blank versions and reads the own language first when it exists', () => {
    const withArabic = { ...trilingual, titles: { ...trilingual.titles, ar: 'طلب معلومات', es: '  ' } };
    expect(requestTitle(withArabic, 'ar')).toEqual({ text: 'طلب معلومات', language: 'ar' });
    expect(requestTitle(withArabic, 'es')).toEqual({ text: 'Request for information', language: 'en' });
    expect(requestText({ title: 'x' }, 'en')).toBeNull();
  });
});
