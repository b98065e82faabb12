import { describe, expect, it } from 'vitest';
import { formalDate, frenchTypography } from './formal-text.ts';

describe('formal dates', () => {
  it('writes the day as each language writes it, never ISO', () => {
    expect(formalDate('en', '2010-08-09')).toBe('9 August 2010');
    expect(formalDate('fr', '2010-08-09')).toBe('9 août 2010');
    expect(formalDate('es', '2010-08-09')).toBe('9 de agosto de 2010');
    expect(formalDate('ru', '2010-08-09')).toBe('9 августа 2010 г.');
    expect(formalDate('zh', '2010-08-09')).toBe('2010年8月9日');
  });

  it('writes the first of the month as an ordinal in French only', () => {
    expect(formalDate('fr', '2026-02-01')).toBe('1er février 2026');
    expect(formalDate('fr', '2026-02-11')).toBe('11 février 2026');
    expect(formalDate('fr', '2026-02-21')).toBe('21 février 2026');
    expect(formalDate('en', '2026-02-01')).toBe('1 February 2026');
    expect(formalDate('es', '2026-02-01')).toBe('1 de febrero de 2026');
  });

  it('keeps the calendar day of a timestamp and of an ISO date whatever the time zone', () => {
    expect(formalDate('en', '2026-12-03T23:30:00.000Z')).toBe('3 December 2026');
    expect(formalDate('en', '2026-12-31')).toBe('31 December 2026');
    expect(formalDate('en', 'not a date')).toBe('not a date');
  });
});

describe('French typography', () => {
  it('puts a narrow no-break space before : ; ? ! and inside guillemets', () => {
    expect(frenchTypography('Distr. : générale ; voir « annexe » ! Pourquoi ?')).toBe(
      'Distr.\u202f: générale\u202f; voir «\u202fannexe\u202f»\u202f! Pourquoi\u202f?',
    );
    expect(frenchTypography('«annexe»')).toBe('«\u202fannexe\u202f»');
  });

  it('leaves addresses, times and text without a space alone', () => {
    expect(frenchTypography('https://icc-cpi.int à 10:30, courriel: asp@icc-cpi.int')).toBe(
      'https://icc-cpi.int à 10:30, courriel: asp@icc-cpi.int',
    );
    expect(frenchTypography('déjà\u202f: fait')).toBe('déjà\u202f: fait');
  });
});
