import { describe, expect, it } from 'vitest';
import { formalDate, formatDate, regionalLocale } from './format.ts';

describe('dates on pages follow the browser’s region; formal texts do not', () => {
  it('writes English as the reader’s region does', () => {
    expect(formatDate('en', '2026-12-03', undefined, ['en-GB', 'fr'])).toBe('3 December 2026');
    expect(formatDate('en', '2026-12-03', undefined, ['en-US'])).toBe('December 3, 2026');
    // the first preference of the page's language counts, whatever comes before it
    expect(formatDate('en', '2026-12-03', undefined, ['fr-FR', 'en-AU', 'en-US'])).toBe('3 December 2026');
    expect(regionalLocale('es', ['en-GB', 'es-MX'])).toBe('es-MX');
    expect(regionalLocale('fr', ['en-GB'])).toBe('fr');
    expect(regionalLocale('en', ['en-not a tag!'])).toBe('en');
  });

  it('writes formal dates as the Assembly’s documents do', () => {
    expect(formalDate('en', '2026-12-03')).toBe('3 December 2026');
    expect(formalDate('fr', '2026-02-01')).toBe('1er février 2026');
    expect(formalDate('es', '2010-08-09')).toBe('9 de agosto de 2010');
  });
});
